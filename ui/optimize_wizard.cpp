#include "optimize_wizard.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

#include "core/error.h"
#include "job.h"
#include "job_progress_widget.h"
#include "model_document.h"
#include "pipeline/optimize_preview.h"
#include "script/optimization_levels.h"
#include "script/model_script.h"
#include "script/script_parser.h"
#include "script_lines.h"
#include "text_util.h"
#include "wizard_pages.h"

namespace dfc::ui {

namespace {

enum Source { RandomData, FromPath };

/// The result text's link that writes the search's choice into the model script.
const QString kKeepPrecisionsLink = "keep-precisions";

QString keepPrecisionsAnchor()
{
    return QString("<a href=\"%1\">%2</a>").arg(kKeepPrecisionsLink, OptimizeWizard::tr("Keep this choice in the model script"));
}

/// One calibration item [H, W, C] as an image, its value range stretched to 0…255.
QImage itemImage(const Tensor& batch, int64_t item)
{
    if (batch.rank() != 4 || (batch.dim(3) != 3 && batch.dim(3) != 1)) return {};
    const int64_t h = batch.dim(1), w = batch.dim(2), c = batch.dim(3), n = h * w * c;
    const float* p = batch.ptr() + item * n;
    float lo = INFINITY, hi = -INFINITY;
    for (int64_t i = 0; i < n; ++i)
        if (std::isfinite(p[i])) lo = std::min(lo, p[i]), hi = std::max(hi, p[i]);
    const float scale = hi > lo ? 255.0f / (hi - lo) : 0.0f;
    QImage image(int(w), int(h), QImage::Format_RGB888);
    for (int64_t y = 0; y < h; ++y) {
        uchar* row = image.scanLine(int(y));
        for (int64_t x = 0; x < w; ++x)
            for (int ch = 0; ch < 3; ++ch) {
                const float v = p[(y * w + x) * c + (c == 3 ? ch : 0)];
                row[x * 3 + ch] = uchar(std::isfinite(v) ? std::clamp((v - lo) * scale, 0.0f, 255.0f) : 0);
            }
    }
    return image;
}

}  // namespace

/// What the preview job found, made on the worker thread (QImage is safe there).
struct CalibrationPreview {
    struct Input {
        QString name, shape;
        float lo = 0, hi = 0, normalizedLo = 0, normalizedHi = 0;
        bool normalized = false;
        int64_t nans = 0;
    };
    QString source, error;
    int64_t items = 0;
    std::vector<Input> inputs;
    QList<QImage> images;
    QStringList warnings;
    double floatSecondsPerItem = 0;
};

namespace {

void valueRange(const Tensor& t, float& lo, float& hi, int64_t* nans = nullptr)
{
    lo = INFINITY, hi = -INFINITY;
    for (float v : t.data) {
        if (std::isnan(v)) {
            if (nans) ++*nans;
        } else {
            lo = std::min(lo, v), hi = std::max(hi, v);
        }
    }
}

/// Reads the set, applies the script's normalization and times a float pass.
void buildPreview(const Runner& runner, const QString& scriptText, const CalibrationOptions& c, CalibrationPreview& out,
                  const Progress& progress)
{
    const CalibrationSet set = runner.readCalibrationSet(c, progress.part(0, 0.6));
    out.source = toQ(set.source);
    out.items = set.size;
    std::map<std::string, Tensor> normalized;
    std::vector<std::string> hints;
    try {
        const Graph native = runner.nativeGraph();
        const ModelScript script = interpretScript(parseScript(scriptText.toStdString(), "script"), &native);
        normalized = scriptNormalizedInputs(native, script, set.inputs);
        hints = normalizationHints(withModifications(native, script), set);
    } catch (const Error&) {
        // A script that does not check out: the script page says why; show the data unnormalized.
    }
    for (const auto& [input, batch] : set.inputs) {
        CalibrationPreview::Input in;
        in.name = toQ(input);
        in.shape = shapeText(batch.shape);
        valueRange(batch, in.lo, in.hi, &in.nans);
        if (const auto n = normalized.find(input); n != normalized.end() && n->second.data != batch.data) {
            in.normalized = true;
            valueRange(n->second, in.normalizedLo, in.normalizedHi);
        }
        if (in.nans) out.warnings << OptimizeWizard::tr("%n value(s) of input %1 are NaN.", "", int(in.nans)).arg(in.name);
        for (int64_t i = 0; i < batch.dim(0) && out.images.size() < 4; ++i)
            if (QImage img = itemImage(batch, i); !img.isNull()) out.images << img.scaledToHeight(96);
        out.inputs.push_back(in);
    }
    for (const auto& w : set.warnings) out.warnings << toQ(w);
    for (const auto& h : hints) out.warnings << toQ(h);
    progress.update(0.6, "timing a float pass");
    progress.checkCancelled();
    out.floatSecondsPerItem = timeFloatPass(runner, set, 4);
}

/// "about 40 s", "about 3 min", "about 1.5 h".
QString roughDuration(double seconds)
{
    if (seconds < 90) return OptimizeWizard::tr("about %n s", "", std::max(1, int(std::lround(seconds))));
    if (seconds < 5400) return OptimizeWizard::tr("about %n min", "", int(std::lround(seconds / 60)));
    return OptimizeWizard::tr("about %1 h").arg(seconds / 3600, 0, 'f', 1);
}

}  // namespace

OptimizeWizard::OptimizeWizard(ModelDocument* doc, QWidget* parent) : QWizard(parent), mDoc(doc)
{
    setObjectName("optimizeWizard");
    mPreviewJob = new Job(this);
    setWindowTitle(tr("Optimize %1").arg(doc->displayName()));
    setPage(CalibrationPage, makeCalibrationPage());
    setPage(LevelsPage, makeLevelsPage());
    setPage(ScriptPage, makeScriptPage());
    setPage(RunPage, makeRunPage());
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == ScriptPage) {
            // The levels chosen on the previous page are written into the script shown here.
            mScript->setPlainText(withLevels(mScript->toPlainText(), optimizationLevel(), compressionLevel()));
        } else if (id == RunPage) {
            startRun();
        } else if (id == LevelsPage && mFloatSecondsPerItem <= 0 && !isPreviewing()) {
            refreshPreview();  // the expected times need a timed float pass
        } else if (mDoc->stageJob()->isRunning()) {
            mDoc->stageJob()->cancel();  // Back from a run stops it; the document keeps its state
        }
    });
    connect(mDoc, &ModelDocument::optimizeFinished, this, [this] {
        if (!isRunning()) return;
        const auto& s = mDoc->lastOptimization();
        QString text = tr("<b>Quantized.</b> Optimization level %1, compression level %2, calibration over %n item(s).", "",
                          int(s->calibrationImages))
                           .arg(s->config.optimizationLevel)
                           .arg(s->config.compressionLevel);
        if (!s->equalized.empty()) text += "<br>" + tr("Equalization balanced %n layer pair(s).", "", int(s->equalized.size()));
        if (!s->biasCorrected.empty()) text += "<br>" + tr("Bias correction adjusted %n layer(s).", "", int(s->biasCorrected.size()));
        if (!s->adarounded.empty()) text += "<br>" + tr("AdaRound trained %n layer(s).", "", int(s->adarounded.size()));
        if (const FinetuneReport& f = s->finetune; f.ran)
            text += "<br>" + (f.kept ? tr("Fine-tuning trained %n layer(s); on held-out items the distillation loss went from %1 to %2.", "",
                                          int(f.trainedLayers.size()))
                                     : tr("Fine-tuning trained %n layer(s) but did worse on held-out items (%1 → %2); the model before it "
                                          "is kept.", "", int(f.trainedLayers.size())))
                                    .arg(f.heldOutBefore, 0, 'g', 3)
                                    .arg(f.heldOutAfter, 0, 'g', 3);
        else if (s->config.finetune.enabled)
            text += "<br>" + tr("Fine-tuning skipped: %1").arg(toQ(f.skipReason).toHtmlEscaped());
        if (const PrecisionSearchResult& p = s->precisionSearch; p.ran && p.raised.empty())
            text += "<br>" + tr("Mixed precision: the 8-bit model reaches %1 dB worst output SNR (target %2 dB); no layer needs 16 bits.")
                                 .arg(p.worstBeforeDb, 0, 'f', 1)
                                 .arg(p.targetDb, 0, 'f', 1);
        else if (p.ran)
            text += "<br>" + tr("Mixed precision: %n layer(s) raised to 16 bits, the most sensitive when quantized alone; worst output "
                                "SNR %1 → %2 dB (target %3 dB).", "", int(p.raised.size()))
                                 .arg(p.worstBeforeDb, 0, 'f', 1)
                                 .arg(p.worstAfterDb, 0, 'f', 1)
                                 .arg(p.targetDb, 0, 'f', 1) +
                    " " + keepPrecisionsAnchor();
        QStringList stages;
        for (const auto& [stage, seconds] : s->stageSeconds) stages << QString("%1 %2 s").arg(toQ(stage)).arg(seconds, 0, 'f', 1);
        text += "<br>" + tr("Time per stage: %1.").arg(stages.join(", "));
        for (const auto& w : s->warnings) text += "<br><b>" + tr("Warning:") + "</b> " + toQ(w).toHtmlEscaped();
        text += "<br><br>" + tr("Finish shows the quantized model; the noise analysis and compile stages start from it.");
        finishRun(true, text);
    });
    connect(mDoc, &ModelDocument::stageFailed, this, [this](const JobError& e) {
        if (isRunning()) finishRun(false, "<b>" + tr("Optimization failed:") + "</b> " + e.text.toHtmlEscaped());
    });
    connect(mDoc, &ModelDocument::stageCancelled, this, [this] {
        if (isRunning()) finishRun(false, tr("Cancelled: the model is as it was before."));
    });
    resize(760, 600);
}

QWizardPage* OptimizeWizard::makeCalibrationPage()
{
    auto* page = new CheckedPage([this] { return mSource->checkedId() == RandomData || !mPath->text().trimmed().isEmpty(); }, this);
    page->setTitle(tr("Calibration data"));
    page->setSubTitle(tr("The quantizer measures every layer's range on these inputs. Use data like what the model will "
                         "see: a few hundred images, in the layout and range the model was trained on."));
    mSource = new QButtonGroup(page);
    auto* random = new QRadioButton(tr("Random data (uniform in [0, 1)): checks the flow, not accuracy"), page);
    auto* fromPath = new QRadioButton(tr("Images or .npy files from a folder, or one .npy/.npz file:"), page);
    mSource->addButton(random, RandomData);
    mSource->addButton(fromPath, FromPath);
    fromPath->setChecked(true);
    mPath = new QLineEdit(page);
    mPath->setObjectName("calibrationPath");
    mPath->setPlaceholderText(tr("A folder of .jpg/.png/.npy files, or a .npy/.npz file"));
    auto* folder = new QPushButton(tr("Folder…"), page);
    auto* file = new QPushButton(tr("File…"), page);
    connect(folder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Calibration folder"), mPath->text());
        if (!dir.isEmpty()) mPath->setText(dir);
    });
    connect(file, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Calibration file"), mPath->text(), tr("Arrays (*.npy *.npz)"));
        if (!path.isEmpty()) mPath->setText(path);
    });
    mSize = new QSpinBox(page);
    mSize->setObjectName("calibrationSize");
    mSize->setRange(0, 100000);
    mSize->setSpecialValueText(tr("the script's (64 unless it says)"));
    mPreview = new QLabel(page);
    mPreview->setObjectName("calibrationPreview");
    mPreview->setWordWrap(true);
    mPreview->setTextFormat(Qt::RichText);
    mPreviewImages = new QLabel(page);
    mPreviewProgress = new JobProgressWidget(page);
    mPreviewProgress->setJob(mPreviewJob);
    auto* previewButton = new QPushButton(tr("Preview"), page);
    connect(previewButton, &QPushButton::clicked, this, &OptimizeWizard::refreshPreview);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(mPath, 1);
    pathRow->addWidget(folder);
    pathRow->addWidget(file);
    auto* form = new QFormLayout;
    form->addRow(tr("Items used at most:"), mSize);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(fromPath);
    layout->addLayout(pathRow);
    layout->addWidget(random);
    layout->addLayout(form);
    layout->addWidget(previewButton, 0, Qt::AlignLeft);
    layout->addWidget(mPreviewProgress);
    layout->addWidget(mPreviewImages);
    layout->addWidget(mPreview, 1);
    auto enablePath = [=, this] {
        const bool path = mSource->checkedId() == FromPath;
        mPath->setEnabled(path);
        folder->setEnabled(path);
        file->setEnabled(path);
        page->completeChanged();
    };
    connect(mSource, &QButtonGroup::idClicked, this, enablePath);
    connect(mPath, &QLineEdit::textChanged, page, &QWizardPage::completeChanged);
    connect(mSize, &QSpinBox::valueChanged, this, &OptimizeWizard::updateLevelTexts);
    enablePath();
    return page;
}

QWizardPage* OptimizeWizard::makeLevelsPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Optimization and compression"));
    page->setSubTitle(tr("Higher optimization levels keep more accuracy and take longer. Compression puts weights in 4 bits "
                         "to fit bigger models on the device, at some accuracy."));
    mOptimization = new QComboBox(page);
    mOptimization->setObjectName("optimizationLevel");
    for (const OptimizationLevel& l : optimizationLevels())
        if (l.level >= 0) mOptimization->addItem(QString::number(l.level), l.level);
    mCompression = new QComboBox(page);
    mCompression->setObjectName("compressionLevel");
    for (const CompressionLevel& c : compressionLevels()) mCompression->addItem(QString::number(c.level), c.level);
    mOptimizationText = new QLabel(page);
    mCompressionText = new QLabel(page);
    for (QLabel* l : {mOptimizationText, mCompressionText}) l->setWordWrap(true);
    auto* form = new QFormLayout(page);
    form->addRow(tr("Optimization level:"), mOptimization);
    form->addRow(QString(), mOptimizationText);
    form->addRow(tr("Compression level:"), mCompression);
    form->addRow(QString(), mCompressionText);
    connect(mOptimization, &QComboBox::currentIndexChanged, this, &OptimizeWizard::updateLevelTexts);
    connect(mCompression, &QComboBox::currentIndexChanged, this, &OptimizeWizard::updateLevelTexts);
    // The script's levels (the engine's defaults where it is silent) are the starting choice.
    QuantizationSettings current;
    try {
        current = interpretScript(parseScript(mDoc->modelScript().toStdString(), "script"), &mDoc->graph()).quantization;
    } catch (const Error&) {
        // A script with a syntax error: the script page shows it; start from the defaults.
    }
    setLevels(current.optimizationLevel, current.compressionLevel);
    updateLevelTexts();
    return page;
}

QWizardPage* OptimizeWizard::makeScriptPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Model script"));
    page->setSubTitle(tr("What will run, as you would write it for dfc optimize. Edit freely: per-layer precision, clipping, "
                         "normalization. The document keeps it, and Undo takes edits back."));
    mScript = new QPlainTextEdit(page);
    mScript->setObjectName("scriptEdit");
    mScript->setPlainText(mDoc->modelScript());
    mScript->setFont(QFont("monospace"));
    mScriptCheck = new QLabel(page);
    mScriptCheck->setObjectName("scriptCheck");
    mScriptCheck->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(mScript, 1);
    layout->addWidget(mScriptCheck);
    connect(mScript, &QPlainTextEdit::textChanged, this, &OptimizeWizard::updateScriptCheck);
    return page;
}

QWizardPage* OptimizeWizard::makeRunPage()
{
    mRunPage = new StageRunPage("runStatus", this);
    mRunPage->setTitle(tr("Optimizing"));
    // The search's layers as a quantization_param line: the next run starts from them instead
    // of searching again (a script that sets precisions turns the search off).
    connect(mRunPage, &StageRunPage::linkActivated, this, [this](const QString& link) {
        const auto& s = mDoc->lastOptimization();
        if (link != kKeepPrecisionsLink || !s || s->precisionSearch.raised.empty()) return;
        mDoc->appendScriptLine(toQ(s->precisionSearch.scriptLine()), tr("Keep the 16-bit layers chosen by the search"));
        mScript->setPlainText(mDoc->modelScript());
        QString text = mRunPage->resultText();
        text.replace(keepPrecisionsAnchor(),
                     "<i>" + tr("Kept: the model script sets these %n layer(s) to 16 bits, so the search no longer runs on it.", "",
                                int(s->precisionSearch.raised.size())) + "</i>");
        mRunPage->finish(true, text);
    });
    return mRunPage;
}

CalibrationOptions OptimizeWizard::calibration() const
{
    CalibrationOptions c;
    c.random = mSource->checkedId() == RandomData;
    if (!c.random) c.path = mPath->text().trimmed().toStdString();
    c.size = mSize->value();
    return c;
}

void OptimizeWizard::setCalibration(const CalibrationOptions& options)
{
    mSource->button(options.random ? RandomData : FromPath)->click();
    mPath->setText(toQ(options.path));
    mSize->setValue(int(options.size));
}

void OptimizeWizard::setLevels(int optimization, int compression)
{
    mOptimization->setCurrentIndex(std::max(0, mOptimization->findData(optimization)));
    mCompression->setCurrentIndex(std::max(0, mCompression->findData(compression)));
}

int OptimizeWizard::optimizationLevel() const { return mOptimization->currentData().toInt(); }
int OptimizeWizard::compressionLevel() const { return mCompression->currentData().toInt(); }

QString OptimizeWizard::scriptText() const
{
    return withLevels(mScript->toPlainText(), optimizationLevel(), compressionLevel());
}

QString OptimizeWizard::withLevels(const QString& script, int optimization, int compression)
{
    const QString line = QString("model_optimization_flavor(optimization_level=%1, compression_level=%2)").arg(optimization).arg(compression);
    return withCommandLine(script, "model_optimization_flavor", line, LinePlace::First);
}

QString OptimizeWizard::describeOptimizationLevel(int level)
{
    const OptimizationLevel* l = findOptimizationLevel(level);
    if (!l) return {};
    QStringList on;
    if (l->equalization) on << tr("equalization (balances channel ranges between layers)");
    if (l->biasCorrection) on << tr("iterative bias correction (removes the mean error each layer adds)");
    if (l->adaround) on << tr("AdaRound on every layer over %n item(s) (learns how to round each weight)", "", int(l->adaroundImages));
    QString text = on.isEmpty() ? tr("Nothing: plain rounding.") : tr("Runs %1.").arg(on.join(", "));
    if (l->finetune)
        text += " " + tr("Then fine-tunes the quantized model against the float one for 4 epochs over up to 1024 items, and keeps the "
                         "result only when it does better on held-out items.");
    if (l->recommendedImages > 0) text += " " + tr("Suits a calibration set of at least %n item(s).", "", int(l->recommendedImages));
    return text;
}

void OptimizeWizard::updateLevelTexts()
{
    QString text = describeOptimizationLevel(optimizationLevel());
    const QString time = expectedTimeText(optimizationLevel());
    text += " " + (time.isEmpty() ? tr("Preview the calibration data to see the expected time.")
                                  : tr("Expected time on this machine with %n item(s): %1.", "", int(plannedItems())).arg(time));
    mOptimizationText->setText(text);
    for (int i = 0; i < mOptimization->count(); ++i) {
        const int level = mOptimization->itemData(i).toInt();
        const QString t = expectedTimeText(level);
        mOptimization->setItemText(i, t.isEmpty() ? QString::number(level) : QString("%1  (%2)").arg(level).arg(t));
    }
    const CompressionLevel* c = findCompressionLevel(compressionLevel());
    mCompressionText->setText(c && c->fourBitShare > 0
                                  ? tr("%1 % of the weight memory in 4 bits (the largest layers first; never the first or "
                                       "last layer).").arg(int(std::lround(c->fourBitShare * 100)))
                                  : tr("All weights in 8 bits."));
}

void OptimizeWizard::updateScriptCheck()
{
    QStringList findings;
    try {
        // As the run will read it: the interpreter's findings include the checker's.
        const ScriptCheck check = interpretScript(parseScript(mScript->toPlainText().toStdString(), "script"), &mDoc->graph()).check;
        for (const ScriptDiagnostic& d : check.diagnostics)
            if (d.severity != ScriptDiagnostic::Severity::Note) findings << toQ(d.text()).toHtmlEscaped();
        if (!check.notApplied.empty()) {
            QStringList names;
            for (const auto& n : check.notApplied) names << toQ(n);
            findings << tr("Accepted, not applied by this version: %1").arg(names.join(", ")).toHtmlEscaped();
        }
    } catch (const Error& e) {
        findings << toQ(e.what()).toHtmlEscaped();
    }
    mScriptCheck->setText(findings.isEmpty() ? tr("The script checks out against this model.")
                                             : findings.mid(0, 6).join("<br>"));
}

void OptimizeWizard::refreshPreview()
{
    if (isPreviewing()) mPreviewJob->cancel();
    CalibrationOptions c = calibration();
    // The set as the run reads it (the engine's warnings are about its size and content), up
    // to 256 items; four of them are drawn.
    c.size = std::min<int64_t>(256, plannedItems());
    auto preview = std::make_shared<CalibrationPreview>();
    const Runner runner = mDoc->runner();
    const QString script = mDoc->modelScript();
    mPreview->setText(tr("Reading the calibration data…"));
    auto done = [this, preview] { showPreview(*preview); };
    auto work = [runner, script, c, preview](const Progress& progress) {
        try {
            buildPreview(runner, script, c, *preview, progress);
        } catch (const Error& e) {
            if (e.code() == ErrorCode::Cancelled) throw;
            preview->error = toQ(e.what());  // shown on the page, not as a failed job
        }
    };
    if (!mPreviewJob->start(tr("Preview"), work, done)) return;
    connect(mPreviewJob, &Job::failed, this, [this](const JobError& e) {
        mPreviewWarnings = {e.text};
        mPreview->setText("<b>" + tr("Cannot read the calibration data:") + "</b> " + e.text.toHtmlEscaped());
        emit previewReady();
    }, Qt::SingleShotConnection);
}

bool OptimizeWizard::isPreviewing() const { return mPreviewJob->isRunning(); }

void OptimizeWizard::showPreview(const CalibrationPreview& p)
{
    mPreviewWarnings = p.warnings;
    if (!p.error.isEmpty()) {
        mPreviewWarnings << p.error;
        mPreview->setText("<b>" + tr("Cannot read the calibration data:") + "</b> " + p.error.toHtmlEscaped());
        mPreviewImages->clear();
        emit previewReady();
        return;
    }
    QString html = tr("%n item(s) read from %1.", "", int(p.items)).arg(p.source.toHtmlEscaped());
    for (const CalibrationPreview::Input& in : p.inputs) {
        html += "<br>" + tr("Input %1: %2, values in [%3, %4] as read.").arg(in.name.toHtmlEscaped(), in.shape).arg(in.lo, 0, 'g', 4).arg(in.hi, 0, 'g', 4);
        html += " " + (in.normalized ? tr("After the script's normalization: [%1, %2].").arg(in.normalizedLo, 0, 'g', 4).arg(in.normalizedHi, 0, 'g', 4)
                                     : tr("The script does not normalize this input."));
    }
    if (p.floatSecondsPerItem > 0)
        html += "<br>" + tr("A float pass takes %1 ms per item on this machine.").arg(p.floatSecondsPerItem * 1000, 0, 'f', 1);
    for (const QString& w : p.warnings) html += "<br><b>" + tr("Warning:") + "</b> " + w.toHtmlEscaped();
    mPreview->setText(html);
    if (!p.images.isEmpty()) {
        int width = 0;
        for (const QImage& img : p.images) width += img.width() + 6;
        QPixmap pixmap(width, 96);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            int x = 0;
            for (const QImage& img : p.images) painter.drawImage(x, 0, img), x += img.width() + 6;
        }
        // Wide items (text lines) would run off the page: the strip shrinks to the page's width.
        const int room = std::max(240, mPreview->width());
        mPreviewImages->setPixmap(width > room ? pixmap.scaledToWidth(room, Qt::SmoothTransformation) : pixmap);
    } else {
        mPreviewImages->clear();
    }
    mFloatSecondsPerItem = p.floatSecondsPerItem;
    updateLevelTexts();
    emit previewReady();
}

int64_t OptimizeWizard::plannedItems() const
{
    if (mSize->value() > 0) return mSize->value();
    try {
        return interpretScript(parseScript(mDoc->modelScript().toStdString(), "script"), &mDoc->graph()).calibration.calibsetSize;
    } catch (const Error&) {
        return CalibrationSettings().calibsetSize;
    }
}

QString OptimizeWizard::expectedTimeText(int level) const
{
    if (mFloatSecondsPerItem <= 0) return {};
    try {
        const Graph native = mDoc->runner().nativeGraph();
        const QString script = withLevels(mDoc->modelScript(), level, compressionLevel());
        const ModelScript s = interpretScript(parseScript(script.toStdString(), "script"), &native);
        const OptimizeEstimate e = estimateOptimize(native, s.quantization.resolve(native, s.file()), plannedItems(), mFloatSecondsPerItem,
                                                   mSource->checkedId() == RandomData);
        return roughDuration(e.seconds());
    } catch (const Error&) {
        return {};
    }
}

void OptimizeWizard::startRun()
{
    mRunPage->begin(mDoc->stageJob(),
                    tr("Optimizing with %1…").arg(mSource->checkedId() == RandomData ? tr("random data") : mPath->text()));
    mDoc->setModelScript(scriptText(), tr("Edit the model script"));
    mDoc->optimize(calibration());
    if (!mDoc->stageJob()->isRunning() && isRunning())
        finishRun(false, tr("The model cannot be optimized now: parse it first, and wait for running jobs."));
}

bool OptimizeWizard::isRunning() const { return mRunPage->isRunning(); }
bool OptimizeWizard::succeeded() const { return mRunPage->succeeded(); }

void OptimizeWizard::finishRun(bool succeeded, const QString& text) { mRunPage->finish(succeeded, text); }

void OptimizeWizard::reject()
{
    if (mDoc->stageJob()->isRunning()) mDoc->stageJob()->cancel();
    QWizard::reject();
}

}  // namespace dfc::ui
