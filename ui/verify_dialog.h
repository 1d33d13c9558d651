#pragma once
// Parse → Verify: runs the parsed model natively on an input the user picks (.npy, or an image
// for an RGB model) and compares each output with the array the user exported from their own
// framework (.npy named after the output), showing max and mean error per output. The work runs
// off the UI thread on a copy of the model, so a re-parse meanwhile cannot pull it away.
#include <QDialog>
#include <QMap>
#include <memory>

#include "pipeline/verify.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace dfc::ui {

class Job;
class ModelDocument;

class VerifyDialog : public QDialog {
    Q_OBJECT
public:
    explicit VerifyDialog(ModelDocument* doc, QWidget* parent = nullptr);

    /// For scripts and tests: the files the form holds.
    void setInputFile(const QString& input, const QString& path);
    void setExpected(const QString& folderOrFile);
    void run();
    Job* job() const { return mJob; }
    const VerifyReport& report() const { return mReport; }
    QTableWidget* table() const { return mTable; }
    QString statusText() const;

private:
    void showReport();
    QStringList expectedFiles() const;

    ModelDocument* mDoc;
    Job* mJob;
    QMap<QString, QLineEdit*> mInputs;  ///< source input name → its file
    QLineEdit* mExpected;
    QPushButton* mRun;
    QLabel* mStatus;
    QTableWidget* mTable;
    VerifyReport mReport;
};

}  // namespace dfc::ui
