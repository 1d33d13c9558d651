#include "verify_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "job.h"
#include "model_document.h"

namespace dfc::ui {
namespace {

QString toQ(const std::string& s) { return QString::fromStdString(s); }

QString shapeText(const Shape& s)
{
    QStringList dims;
    for (int64_t d : s) dims.append(QString::number(d));
    return dims.join("×");
}

/// A line edit with a Browse button; `folder` picks a directory instead of a file.
QWidget* fileRow(QLineEdit* edit, const QString& filter, bool folder, QWidget* parent)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto* browse = new QPushButton(VerifyDialog::tr("Browse…"));
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, parent, [edit, filter, folder, parent] {
        const QString start = edit->text().isEmpty() ? QDir::homePath() : QFileInfo(edit->text()).absolutePath();
        const QString path = folder ? QFileDialog::getExistingDirectory(parent, VerifyDialog::tr("Expected outputs"), start)
                                    : QFileDialog::getOpenFileName(parent, VerifyDialog::tr("Input"), start, filter);
        if (!path.isEmpty()) edit->setText(path);
    });
    return row;
}

}  // namespace

VerifyDialog::VerifyDialog(ModelDocument* doc, QWidget* parent)
    : QDialog(parent), mDoc(doc), mJob(new Job(this)), mExpected(new QLineEdit), mRun(new QPushButton(tr("Verify"))),
      mStatus(new QLabel), mTable(new QTableWidget(0, 5))
{
    setWindowTitle(tr("Verify the parse against your framework"));
    setObjectName("verifyDialog");
    auto* intro = new QLabel(tr("Runs the parsed model natively (float, as parsed) and compares each output with the array "
                                "your framework produced for the same input. Name each expected array after its output "
                                "(e.g. <tt>output.npy</tt>) and put them in one folder. An image is fed as RGB 0–255, resized, "
                                "without normalization: if your framework normalizes, export its input as .npy."));
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    for (const std::string& name : sourceInputNames(doc->runner())) {
        auto* edit = new QLineEdit;
        edit->setPlaceholderText(tr(".npy in the model's layout, or a PNG/JPEG image"));
        mInputs.insert(toQ(name), edit);
        form->addRow(tr("Input “%1”:").arg(toQ(name)), fileRow(edit, tr("Arrays and images (*.npy *.png *.jpg *.jpeg)"), false, this));
    }
    mExpected->setPlaceholderText(tr("a folder of .npy files, one per output"));
    form->addRow(tr("Expected outputs:"), fileRow(mExpected, {}, true, this));
    mTable->setHorizontalHeaderLabels({tr("Output"), tr("Shape"), tr("Max |error|"), tr("Mean |error|"), tr("Result")});
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mStatus->setWordWrap(true);
    mStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(mRun, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mRun, &QPushButton::clicked, this, &VerifyDialog::run);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(mTable, 1);
    layout->addWidget(mStatus);
    layout->addWidget(buttons);
    resize(760, 420);
    connect(mJob, &Job::failed, this, [this](const JobError& e) { mStatus->setText(tr("Verification failed: %1").arg(e.text)); });
    connect(mJob, &Job::cancelled, this, [this] { mStatus->setText(tr("Cancelled.")); });
    connect(mJob, &Job::progress, this, [this](double fraction, const QString&, double) {
        mStatus->setText(tr("Running the model… %1 %").arg(int(fraction * 100)));
    });
    connect(mJob, &Job::finished, this, [this] { mRun->setEnabled(true); });
}

void VerifyDialog::setInputFile(const QString& input, const QString& path)
{
    if (QLineEdit* e = mInputs.value(input)) e->setText(path);
}

void VerifyDialog::setExpected(const QString& folderOrFile) { mExpected->setText(folderOrFile); }

QString VerifyDialog::statusText() const { return mStatus->text(); }

QStringList VerifyDialog::expectedFiles() const
{
    const QFileInfo where(mExpected->text());
    if (!where.isDir()) return where.exists() ? QStringList{where.absoluteFilePath()} : QStringList{};
    QStringList files;
    for (const QFileInfo& f : QDir(where.absoluteFilePath()).entryInfoList({"*.npy"}, QDir::Files, QDir::Name))
        if (!f.fileName().startsWith("input_")) files.append(f.absoluteFilePath());  // inputs saved beside outputs
    return files;
}

void VerifyDialog::run()
{
    if (!mDoc->isStageAvailable(ModelDocument::Stage::Parsed)) {
        mStatus->setText(tr("Parse the model first."));
        return;
    }
    std::map<std::string, std::string> inputs;
    for (auto it = mInputs.begin(); it != mInputs.end(); ++it) inputs[it.key().toStdString()] = it.value()->text().toStdString();
    std::vector<std::string> expected;
    for (const QString& f : expectedFiles()) expected.push_back(f.toStdString());
    if (expected.empty()) {
        mStatus->setText(tr("No expected outputs: choose a folder with one .npy per output."));
        return;
    }
    auto runner = std::make_shared<Runner>(mDoc->runner());  // the work's own copy
    auto result = std::make_shared<VerifyReport>();
    mRun->setEnabled(false);
    mTable->setRowCount(0);
    mJob->start(tr("Verifying"), [runner, inputs, expected, result](const Progress& progress) {
        *result = verifyNative(*runner, loadSourceInputs(*runner, inputs), expected, progress);
    }, [this, result] {
        mReport = *result;
        showReport();
    });
}

void VerifyDialog::showReport()
{
    mTable->setRowCount(int(mReport.outputs.size()));
    int matching = 0;
    for (int row = 0; row < mTable->rowCount(); ++row) {
        const OutputCheck& c = mReport.outputs[size_t(row)];
        const bool ok = c.matches();
        matching += ok;
        QString result = !c.compared ? toQ(c.note) : ok ? tr("matches") : tr("differs");
        if (c.compared && !c.note.empty()) result += " (" + toQ(c.note) + ")";
        const QStringList cells = {toQ(c.output), shapeText(c.actualShape),
                                   c.compared ? QString::number(c.maxAbsError, 'g', 4) : QString(),
                                   c.compared ? QString::number(c.meanAbsError, 'g', 4) : QString(), result};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            if (col == 4) item->setForeground(ok ? QColor(0, 120, 0) : QColor(190, 30, 30));
            if (col == 0 && !c.expectedFile.empty()) item->setToolTip(toQ(c.expectedFile));
            mTable->setItem(row, col, item);
        }
    }
    mTable->resizeColumnsToContents();
    QString status = tr("%1 of %2 outputs match (max error within 0.1 % of the expected values' range).")
                         .arg(matching).arg(mReport.outputs.size());
    if (!mReport.unusedFiles.empty()) {
        QStringList names;
        for (const auto& f : mReport.unusedFiles) names.append(QFileInfo(toQ(f)).fileName());
        status += " " + tr("Not used (no output of the parsed model has that name): %1.").arg(names.join(", "));
    }
    mStatus->setText(status);
}

}  // namespace dfc::ui
