#pragma once
// What quantization does to the user's own data: one input (an image, .npy or .npz) run in each
// emulator mode the model has reached, native, full precision and quantized, side by side: the
// input as the model takes it, per output its range, its SNR against native, the top classes of
// a class-score output ([1, K]) and a picture of a spatial map's first channel.
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace dfc::ui {

class JobProgressWidget;
class ModelDocument;

class InferenceDialog : public QDialog {
    Q_OBJECT
public:
    explicit InferenceDialog(ModelDocument* doc, QWidget* parent = nullptr);
    void run(const QString& path);  ///< what the Run button does
    QTableWidget* table() const { return mTable; }

private:
    void showResult();

    ModelDocument* mDoc;
    QLineEdit* mPath;
    QPushButton* mBrowse;
    QPushButton* mRun;
    JobProgressWidget* mProgress;
    QLabel* mInput;
    QLabel* mStatus;
    QTableWidget* mTable;
};

}  // namespace dfc::ui
