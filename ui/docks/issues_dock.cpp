#include "docks/issues_dock.h"

#include <QListWidget>

#include "model_document.h"

namespace dfc::ui {

IssuesDock::IssuesDock(QWidget* parent) : DocumentDock("issuesDock", parent), mList(new QListWidget)
{
    mList->setObjectName("issuesList");
    setWidget(mList);
    // One click selects, as the README says; Enter or a double click does the same.
    auto select = [this](QListWidgetItem* item) {
        if (ModelDocument* doc = document(); doc && item)
            doc->select(ModelDocument::Side::Original, {item->data(Qt::UserRole).toString()}, "issues");
    };
    connect(mList, &QListWidget::itemClicked, this, select);
    connect(mList, &QListWidget::itemActivated, this, select);
    retranslateUi();
}

int IssuesDock::count() const { return mList->count(); }

void IssuesDock::documentChanged()
{
    if (ModelDocument* doc = document()) connect(doc, &ModelDocument::parseFinished, this, &IssuesDock::refresh);
    refresh();
}

void IssuesDock::retranslateUi() { setWindowTitle(tr("Issues")); }

void IssuesDock::refresh()
{
    mList->clear();
    ModelDocument* doc = document();
    if (!doc || !doc->hasParse()) return;
    for (const SourceNode& n : doc->source().nodes) {
        if (n.support != NodeSupport::Unsupported) continue;
        auto* item = new QListWidgetItem(QIcon::fromTheme("dialog-warning"),
                                         QString("%1 (%2): %3").arg(QString::fromStdString(n.name), QString::fromStdString(n.op),
                                                                    QString::fromStdString(n.reason)));
        item->setData(Qt::UserRole, QString::fromStdString(n.name));
        mList->addItem(item);
    }
}

}  // namespace dfc::ui
