#include "welcome_page.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dfc::ui {

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent)
{
    mTitle = new QLabel;
    QFont f = mTitle->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    mTitle->setFont(f);
    mHint = new QLabel;
    mHint->setWordWrap(true);
    mNew = new QPushButton(QIcon::fromTheme("document-new"), {});
    mOpen = new QPushButton(QIcon::fromTheme("document-open"), {});
    mModel = new QPushButton(QIcon::fromTheme("document-import"), {});
    mDemo = new QPushButton(QIcon::fromTheme("applications-science"), {});
    mRecentTitle = new QLabel;
    mRecent = new QListWidget;
    mRecent->setObjectName("recentProjects");
    auto* buttons = new QVBoxLayout;
    for (QPushButton* b : {mNew, mOpen, mModel, mDemo}) {
        b->setMinimumHeight(36);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    auto* recent = new QVBoxLayout;
    recent->addWidget(mRecentTitle);
    recent->addWidget(mRecent);
    auto* columns = new QHBoxLayout;
    columns->addLayout(buttons, 1);
    columns->addLayout(recent, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 36, 48, 36);
    layout->addWidget(mTitle);
    layout->addWidget(mHint);
    layout->addSpacing(16);
    layout->addLayout(columns, 1);
    connect(mNew, &QPushButton::clicked, this, &WelcomePage::newProject);
    connect(mOpen, &QPushButton::clicked, this, &WelcomePage::openProject);
    connect(mModel, &QPushButton::clicked, this, &WelcomePage::openModel);
    connect(mDemo, &QPushButton::clicked, this, &WelcomePage::openDemo);
    connect(mRecent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit openRecent(item->data(Qt::UserRole).toString()); });
    retranslateUi();
}

void WelcomePage::setRecent(const QStringList& paths, const QHash<QString, QString>& notes)
{
    mRecent->clear();
    for (const QString& p : paths) {
        const QString note = notes.value(p);
        auto* item = new QListWidgetItem(QIcon::fromTheme("document-open-recent"), note.isEmpty() ? p : p + "\n    " + note);
        item->setData(Qt::UserRole, p);
        mRecent->addItem(item);
    }
}

QString WelcomePage::recentText(int row) const { return mRecent->item(row) ? mRecent->item(row)->text() : QString(); }

void WelcomePage::retranslateUi()
{
    mTitle->setText(tr("Dataflow Studio"));
    mHint->setText(tr("Open an ONNX or TFLite model (or drop it here) to review how it maps onto the accelerator: "
                      "the original graph and the parsed graph side by side, with start and end nodes "
                      "you can move by right-clicking."));
    mNew->setText(tr("New project"));
    mOpen->setText(tr("Open project…"));
    mModel->setText(tr("Open model…"));
    mDemo->setText(tr("Open the demo model (MobileNetV2)"));
    mRecentTitle->setText(tr("<b>Recent projects and models</b>"));
}

}  // namespace dfc::ui
