#include "inference_dialog.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <numeric>

#include "job_progress_widget.h"
#include "model_document.h"
#include "text_util.h"

namespace dfc::ui {
namespace {

QString modeName(InferMode m)
{
    switch (m) {
    case InferMode::Native: return InferenceDialog::tr("Native");
    case InferMode::FpOptimized: return InferenceDialog::tr("Full precision");
    case InferMode::Quantized: return InferenceDialog::tr("Quantized");
    case InferMode::Hardware: return InferenceDialog::tr("Compiled");
    }
    return {};
}

/// [1, H, W, C] with H, W > 1: a map worth drawing.
bool isSpatial(const Tensor& t) { return t.rank() == 4 && t.dim(1) > 1 && t.dim(2) > 1; }

/// Channel 0 of a spatial tensor (or the first three of an image-like input) as a picture,
/// scaled over [lo, hi] so that every mode of one output is drawn on the same scale.
QImage picture(const Tensor& t, float lo, float hi, bool rgb)
{
    const int h = int(t.dim(1)), w = int(t.dim(2)), c = int(t.dim(3));
    QImage img(w, h, QImage::Format_RGB32);
    auto level = [&](float v) { return hi > lo ? std::clamp(int((v - lo) / (hi - lo) * 255.f), 0, 255) : 0; };
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const float* p = &t.data[size_t((int64_t(y) * w + x) * c)];
            img.setPixel(x, y, rgb && c >= 3 ? qRgb(level(p[0]), level(p[1]), level(p[2])) : qRgb(level(p[0]), level(p[0]), level(p[0])));
        }
    return img;
}

QString topClasses(const Tensor& t, int k)
{
    std::vector<int64_t> order(size_t(t.size()));
    std::iota(order.begin(), order.end(), 0);
    k = int(std::min<int64_t>(k, t.size()));
    std::partial_sort(order.begin(), order.begin() + k, order.end(), [&](int64_t a, int64_t b) { return t.data[size_t(a)] > t.data[size_t(b)]; });
    QStringList out;
    for (int i = 0; i < k; ++i) out << QString("%1 (%2)").arg(order[size_t(i)]).arg(t.data[size_t(order[size_t(i)])], 0, 'g', 3);
    return out.join(", ");
}

}  // namespace

InferenceDialog::InferenceDialog(ModelDocument* doc, QWidget* parent) : QDialog(parent), mDoc(doc)
{
    setWindowTitle(tr("Try an input: %1").arg(doc->displayName()));
    mPath = new QLineEdit;
    mPath->setPlaceholderText(tr("An image (PNG, JPEG), a .npy or a .npz"));
    mBrowse = new QPushButton(tr("Browse…"));
    mRun = new QPushButton(tr("Run in every mode"));
    mProgress = new JobProgressWidget;
    mProgress->setJob(doc->stageJob());
    mInput = new QLabel;
    mInput->setAlignment(Qt::AlignCenter);
    mStatus = new QLabel;
    mStatus->setWordWrap(true);
    mTable = new QTableWidget;
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto* pick = new QHBoxLayout;
    pick->addWidget(mPath, 1);
    pick->addWidget(mBrowse);
    pick->addWidget(mRun);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(mProgress);
    layout->addWidget(mInput);
    layout->addWidget(mStatus);
    layout->addWidget(mTable, 1);
    resize(900, 600);
    connect(mBrowse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Choose an input"), mPath->text(),
                                                       tr("Inputs (*.png *.jpg *.jpeg *.npy *.npz);;All files (*)"));
        if (!f.isEmpty()) mPath->setText(f);
    });
    connect(mRun, &QPushButton::clicked, this, [this] { run(mPath->text()); });
    connect(doc, &ModelDocument::inferenceFinished, this, &InferenceDialog::showResult);
    connect(doc, &ModelDocument::stageFailed, this, [this](const JobError& e) { mStatus->setText(e.text); });
}

void InferenceDialog::run(const QString& path)
{
    mPath->setText(path);
    if (path.isEmpty() || mDoc->isBusy()) return;
    mStatus->setText(tr("Running…"));
    mDoc->tryInput(path);
}

void InferenceDialog::showResult()
{
    const auto& r = mDoc->lastInference();
    if (!r) return;
    if (!r->inputs.empty() && isSpatial(r->inputs.begin()->second)) {
        const Tensor& in = r->inputs.begin()->second;
        const auto [lo, hi] = std::minmax_element(in.data.begin(), in.data.end());
        mInput->setPixmap(QPixmap::fromImage(picture(in, *lo, *hi, true)).scaledToHeight(std::min<int>(160, int(in.dim(1)) * 4)));
    } else {
        mInput->clear();
    }
    QStringList modes;
    for (const auto& [mode, outputs] : r->outputs) modes << modeName(mode);
    mTable->clear();
    mTable->setColumnCount(int(modes.size()));
    mTable->setHorizontalHeaderLabels(modes);
    const TensorsByName& native = r->outputs.at(InferMode::Native);
    mTable->setRowCount(int(native.size()));
    QStringList rows;
    int row = 0;
    for (const auto& [name, ref] : native) {
        rows << toQ(name);
        const auto [lo, hi] = std::minmax_element(ref.data.begin(), ref.data.end());
        int column = 0;
        for (const auto& [mode, outputs] : r->outputs) {
            const Tensor& t = outputs.at(name);
            const auto [tlo, thi] = std::minmax_element(t.data.begin(), t.data.end());
            QString text = tr("range %1 … %2").arg(*tlo, 0, 'g', 4).arg(*thi, 0, 'g', 4);
            if (mode != InferMode::Native) text += "\n" + tr("SNR against native: %1 dB").arg(tensorSnrDb(ref, t), 0, 'f', 1);
            // Only a [1, K] output is class scores; ranking a feature map's values tells nothing.
            if (t.rank() == 2 && t.size() > 1 && t.size() <= 100000) text += "\n" + tr("top: %1").arg(topClasses(t, 5));
            auto* item = new QTableWidgetItem(text);
            if (isSpatial(t)) item->setData(Qt::DecorationRole, QPixmap::fromImage(picture(t, *lo, *hi, false)).scaledToHeight(96));
            mTable->setItem(row, column++, item);
        }
        ++row;
    }
    mTable->setVerticalHeaderLabels(rows);
    mStatus->setText(tr("%1 run in %n mode(s); maps are drawn on the native output's scale.", "", int(modes.size())).arg(r->input));
}

}  // namespace dfc::ui
