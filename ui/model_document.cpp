#include "model_document.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>
#include <QUndoCommand>
#include <chrono>
#include <memory>
#include <set>
#include <utility>

#include "core/error.h"
#include "io/atomic_file.h"
#include "ir/layer_kind.h"
#include "ir/layer_names.h"
#include "script/script_parser.h"
#include "text_util.h"

namespace dfc::ui {
namespace {

std::vector<std::string> toStd(const QStringList& l)
{
    std::vector<std::string> out;
    for (const QString& s : l) out.push_back(s.toStdString());
    return out;
}

QStringList toQ(const std::vector<std::string>& v)
{
    QStringList out;
    for (const auto& s : v) out.append(QString::fromStdString(s));
    return out;
}

/// An edit of one document value: tiny and reversible, named for the Edit menu and History.
template <typename Value>
class SetValueCommand : public QUndoCommand {
public:
    using Apply = std::function<void(const Value&)>;
    SetValueCommand(Value before, Value after, Apply apply, const QString& text)
        : QUndoCommand(text), mBefore(std::move(before)), mAfter(std::move(after)), mApply(std::move(apply))
    {
    }
    void redo() override { mApply(mAfter); }
    void undo() override { mApply(mBefore); }

private:
    Value mBefore, mAfter;
    Apply mApply;
};

using Scope = std::pair<QStringList, QStringList>;
using Shapes = QMap<QString, QList<qint64>>;

/// What a parse job produces on its worker thread; committed on the UI thread when it succeeded.
struct ParseOutcome {
    Runner runner;
    ParseReport report;
    SourceGraph source;
};

}  // namespace

ModelDocument::ModelDocument(QString path, QObject* parent)
    : QObject(parent), mPath(std::move(path)), mJob(new Job(this)), mStageJob(new Job(this))
{
    try {  // by content: a renamed file still opens as what it is
        mHarOnly = Runner::formatOf(mPath.toStdString()) == "har";
    } catch (const Error&) {
        mHarOnly = mPath.endsWith(".har", Qt::CaseInsensitive);  // unreadable: the parse will say why
    }
    connect(mJob, &Job::started, this, &ModelDocument::parseStarted);
    connect(mJob, &Job::failed, this, &ModelDocument::parseFailed);
    connect(mJob, &Job::cancelled, this, &ModelDocument::parseCancelled);
    connect(mStageJob, &Job::failed, this, &ModelDocument::stageFailed);
    connect(mStageJob, &Job::cancelled, this, &ModelDocument::stageCancelled);
    // A chain (optimize, then compile) stops at a failed or cancelled step.
    connect(mStageJob, &Job::failed, this, [this] { mCompileAfterOptimize = false; });
    connect(mStageJob, &Job::cancelled, this, [this] { mCompileAfterOptimize = false; });
    connect(&mUndo, &QUndoStack::cleanChanged, this, [this] { emit dirtyChanged(isDirty()); });
}

ModelDocument::~ModelDocument()
{
    // The undo stack reports "clean changed" while it is destroyed; whoever listens to us may
    // be half-destroyed already (the main window closing with unsaved changes).
    blockSignals(true);
    delete mStageJob;
    delete mJob;
}

QString ModelDocument::displayName() const { return QFileInfo(mPath).fileName(); }

void ModelDocument::setClean()
{
    mUndo.setClean();
    emit dirtyChanged(false);
}

void ModelDocument::setScope(const QStringList& start, const QStringList& end, const QString& text)
{
    if (start == mStart && end == mEnd) return;
    mUndo.push(new SetValueCommand<Scope>({mStart, mEnd}, {start, end},
                                          [this](const Scope& s) { applyScope(s.first, s.second); }, text));
}

void ModelDocument::applyScope(const QStringList& start, const QStringList& end)
{
    mStart = start;
    mEnd = end;
    mAwaitingReparse = true;
    emit scopeChanged();
}

void ModelDocument::setInputShapes(const QMap<QString, QList<qint64>>& shapes, const QString& text)
{
    if (shapes == mInputShapes) return;
    mUndo.push(new SetValueCommand<Shapes>(mInputShapes, shapes, [this](const Shapes& s) { applyInputShapes(s); }, text));
}

void ModelDocument::applyInputShapes(const QMap<QString, QList<qint64>>& shapes)
{
    mInputShapes = shapes;
    mAwaitingReparse = true;
    emit inputShapesChanged();
    emit scopeChanged();
}

void ModelDocument::setHwArch(const QString& hwArch)
{
    if (hwArch == this->hwArch()) return;
    Runner probe;
    probe.setHwArch(hwArch.toStdString());  // refuses an unknown target before anything changes
    mUndo.push(new SetValueCommand<QString>(this->hwArch(), hwArch, [this](const QString& a) { applyHwArch(a); },
                                            tr("Target %1").arg(hwArch)));
}

void ModelDocument::applyHwArch(const QString& hwArch)
{
    mRunner.setHwArch(hwArch.toStdString());
    mBinaryInfo.reset();
    emit hwArchChanged();
    // A compiled model's report is for the old target: the profiler compiles it for the new one
    // (and says so) until the user compiles again.
    if (mProfile) QTimer::singleShot(0, this, &ModelDocument::profile);
}

void ModelDocument::restore(const QStringList& start, const QStringList& end, const QMap<QString, QList<qint64>>& shapes)
{
    mStart = start;
    mEnd = end;
    mInputShapes = shapes;
    mParsedOnce = !start.isEmpty() || !end.isEmpty();  // the project chose a scope: no suggestion on top
    emit scopeChanged();
}

void ModelDocument::reparse()
{
    if (isBusy()) return;
    auto outcome = std::make_shared<ParseOutcome>();
    outcome->runner = Runner(mRunner.hwArch());
    const std::string path = mPath.toStdString();
    Job::Work work;
    if (mHarOnly) {
        work = [outcome, path](const Progress& progress) {
            progress.update(0.1, "reading the HAR");
            outcome->runner.loadHar(path);
            outcome->report = outcome->runner.parseReport();
            outcome->report.unsupported.clear();
        };
    } else {
        ImportOptions options;
        options.startNodes = toStd(mStart);
        options.endNodes = toStd(mEnd);
        for (auto it = mInputShapes.begin(); it != mInputShapes.end(); ++it)
            options.inputShapes[it.key().toStdString()] = Shape(it.value().begin(), it.value().end());
        // The first parse of a model that does not parse whole uses the engine's suggestion, as
        // `dfc parser -y` does; the cut stays visible and can be moved.
        options.applySuggestion = !mParsedOnce && mStart.isEmpty() && mEnd.isEmpty();
        // Layers that are the same as in the last parse keep their names (selection, script).
        if (mRunner.hasModel()) options.previousLayerNames = layerIdentities(mRunner.graph());
        work = [outcome, path, options](const Progress& progress) {
            outcome->report = outcome->runner.translate(path, options, progress, &outcome->source);
        };
    }
    mJob->start(mHarOnly ? tr("Loading") : tr("Parsing"), std::move(work), [this, outcome] {
        mReport = std::move(outcome->report);
        mSource = std::move(outcome->source);
        if (mReport.ok()) {
            mRunner = std::move(outcome->runner);
            mNative.reset();
            mLastOptimization.reset();
            mNoise.reset();
            try {
                mNoise = mRunner.noiseReport();  // a HAR analyzed by `dfc analyze-noise` shows it
            } catch (const Error& e) {
                qWarning("%s", e.what());
            }
        }
        mHasParse = true;
        mParsedOnce = true;
        mAwaitingReparse = false;
        if (!mHarOnly && mReport.ok() && (mReport.suggestionApplied || (mStart.isEmpty() && mEnd.isEmpty()))) {
            // Remember what the parse used, so the legend, the arrows and the project show it.
            mStart = toQ(mReport.startNodes);
            mEnd = toQ(mReport.endNodes);
            emit scopeChanged();
        }
        mBinaryInfo.reset();
        mProfile.reset();
        emit pipelineChanged();
        emit parseFinished();
        // A HAR that `dfc compiler` wrote: its report is a moment away.
        if (isStageAvailable(Stage::Compiled)) QTimer::singleShot(0, this, &ModelDocument::profile);
    });
}

int ModelDocument::unsupportedNodesInScope() const
{
    std::set<std::string> nodes;
    for (const UnsupportedNode& u : mReport.unsupported) nodes.insert(u.node);
    return int(nodes.size());
}

const Graph& ModelDocument::graph() const
{
    static const Graph empty;
    return mHasParse && mReport.ok() && mRunner.hasModel() ? mRunner.graph() : empty;
}

bool ModelDocument::isStageAvailable(Stage stage) const
{
    if (!mHasParse || !mReport.ok() || !mRunner.hasModel()) return false;
    const ModelState state = mRunner.state();
    switch (stage) {
    case Stage::Parsed: return true;
    case Stage::Optimized: return state == ModelState::FpOptimized || state == ModelState::Quantized || state == ModelState::Compiled;
    case Stage::Compiled: return state == ModelState::Compiled;
    case Stage::Profiled: return state == ModelState::Compiled && mProfile.has_value();
    }
    return false;
}

ModelDocument::Stage ModelDocument::currentStage() const
{
    for (Stage s : {Stage::Profiled, Stage::Compiled, Stage::Optimized})
        if (isStageAvailable(s)) return s;
    return Stage::Parsed;
}

void ModelDocument::saveHar(const QString& path) const
{
    if (!mHasParse || !mReport.ok() || !mRunner.hasModel()) fail(ErrorCode::InvalidArgument, "nothing parsed to save");
    mRunner.saveHar(path.toStdString());
}

const HefInfo* ModelDocument::binaryInfo() const
{
    if (!mBinaryInfo) {
        mBinaryInfo.emplace();
        if (isStageAvailable(Stage::Compiled)) {
            try {
                *mBinaryInfo = readHef(mRunner.hef(), mRunner.graph().name + ".hef").info;
            } catch (const Error&) {
                // A compiled HAR from before binaries existed: there is nothing to show.
            }
        }
    }
    return *mBinaryInfo ? &**mBinaryInfo : nullptr;
}

void ModelDocument::exportHef(const QString& path) const
{
    if (!isStageAvailable(Stage::Compiled)) fail(ErrorCode::InvalidArgument, "the model is not compiled");
    writeFileAtomic(path.toStdString(), mRunner.hef());
}

void ModelDocument::setModelScript(const QString& text, const QString& undoText)
{
    if (text == mScript) return;
    mUndo.push(new SetValueCommand<QString>(mScript, text, [this](const QString& s) { applyModelScript(s); }, undoText));
}

void ModelDocument::applyModelScript(const QString& text)
{
    mScript = text;
    emit modelScriptChanged();
}

void ModelDocument::optimize(const CalibrationOptions& data)
{
    if (isBusy() || !isStageAvailable(Stage::Parsed)) return;
    // Every run starts from the parsed model, so a re-optimization never quantizes twice.
    const bool native = mRunner.state() == ModelState::Native;
    if (!native && !mNative && !mHarOnly) return;
    struct Outcome {
        Runner runner;
        OptimizeSummary summary;
        NoiseReport quality;
        double seconds = 0;
    };
    auto outcome = std::make_shared<Outcome>();
    if (native) outcome->runner = mRunner;
    else if (mNative) outcome->runner = *mNative;
    else outcome->runner = mRunner;  // a HAR opened at a later state: the engine says why it cannot
    const std::string text = mScript.toStdString();
    const std::string file = (QFileInfo(mPath).completeBaseName() + ".alls").toStdString();
    Job::Work work = [outcome, text, file, data](const Progress& progress) {
        const auto start = std::chrono::steady_clock::now();
        progress.update(0, "checking the model script");
        const ModelScript script = interpretScript(parseScript(text, file), &outcome->runner.graph());
        // One more pass (on the set in memory) records how close each layer came, so every run
        // can be compared.
        OptimizeOptions options;
        options.measureNoise = true;
        outcome->summary = outcome->runner.optimize(script, data, progress, options);
        outcome->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        outcome->seconds -= outcome->summary.stageSeconds["noise_measurement"];  // the run's own time
        outcome->quality = std::move(*outcome->summary.noise);
        outcome->summary.noise.reset();
    };
    mStageJob->start(tr("Optimizing"), std::move(work), [this, outcome, native, data] {
        if (native) mNative = std::move(mRunner);
        mRunner = std::move(outcome->runner);
        mLastOptimization = std::move(outcome->summary);
        mLastCalibration = data;
        mNoise.reset();
        mBinaryInfo.reset();
        mProfile.reset();
        recordRun(*mLastOptimization, std::move(outcome->quality), outcome->seconds);
        emit pipelineChanged();
        emit optimizeFinished();
        if (std::exchange(mCompileAfterOptimize, false)) QTimer::singleShot(0, this, &ModelDocument::compile);
    });
}

void ModelDocument::recordRun(const OptimizeSummary& summary, NoiseReport quality, double seconds)
{
    OptimizationRun run;
    run.number = mRuns.isEmpty() ? 1 : mRuns.last().number + 1;
    run.finished = QDateTime::currentDateTime();
    run.script = mScript;
    run.optimizationLevel = summary.config.optimizationLevel;
    run.compressionLevel = summary.config.compressionLevel;
    run.calibrationItems = summary.calibrationImages;
    run.calibrationFingerprint = QString::fromStdString(summary.calibrationFingerprint);
    if (mLastCalibration) run.calibrationSource = mLastCalibration->random ? tr("random") : QString::fromStdString(mLastCalibration->path);
    run.seconds = seconds;
    // The HAR's per-layer record has the bits: no need to decode the quantized model here.
    const auto& layers = mRunner.har().metadata.at("quantization").at("layers");
    for (auto it = layers.begin(); it != layers.end(); ++it) {
        const Layer* l = mRunner.graph().find(it.key());  // input and output layers follow their neighbours' encodings
        run.sixteenBitLayers += it.value().value("output_bits", 0) == 16 && l && l->kind->category != LayerCategory::Io;
    }
    run.quality = std::move(quality);
    mRuns.append(std::move(run));
    emit runsChanged();
}

const NoiseReport* ModelDocument::noiseMeasurement() const
{
    if (mNoise) return &*mNoise;
    if (!mRuns.isEmpty() && mRunner.state() == ModelState::Quantized) return &mRuns.last().quality;
    return nullptr;
}

QJsonArray ModelDocument::runsJson() const
{
    QJsonArray out;
    for (const OptimizationRun& r : mRuns) out.append(r.toJson());
    return out;
}

void ModelDocument::restoreRuns(const QJsonArray& runs)
{
    mRuns.clear();
    for (const QJsonValue& v : runs)
        if (auto run = OptimizationRun::fromJson(v.toObject())) mRuns.append(std::move(*run));
    emit runsChanged();
}

QJsonObject OptimizationRun::toJson() const
{
    return {{"number", number},
            {"finished", finished.toString(Qt::ISODate)},
            {"script", script},
            {"optimization_level", optimizationLevel},
            {"compression_level", compressionLevel},
            {"calibration_items", qint64(calibrationItems)},
            {"calibration_source", calibrationSource},
            {"calibration_fingerprint", calibrationFingerprint},
            {"seconds", seconds},
            {"sixteen_bit_layers", sixteenBitLayers},
            {"quality", QJsonDocument::fromJson(QByteArray::fromStdString(noiseMeasurementsJson(quality).dump())).object()}};
}

std::optional<OptimizationRun> OptimizationRun::fromJson(const QJsonObject& o)
{
    if (!o.value("number").isDouble() || !o.value("quality").isObject()) return std::nullopt;
    OptimizationRun r;
    r.number = o.value("number").toInt();
    r.finished = QDateTime::fromString(o.value("finished").toString(), Qt::ISODate);
    r.script = o.value("script").toString();
    r.optimizationLevel = o.value("optimization_level").toInt();
    r.compressionLevel = o.value("compression_level").toInt();
    r.calibrationItems = o.value("calibration_items").toInteger();
    r.calibrationSource = o.value("calibration_source").toString();
    r.calibrationFingerprint = o.value("calibration_fingerprint").toString();
    r.seconds = o.value("seconds").toDouble();
    r.sixteenBitLayers = o.value("sixteen_bit_layers").toInt();
    try {
        const QByteArray quality = QJsonDocument(o.value("quality").toObject()).toJson(QJsonDocument::Compact);
        r.quality = noiseReportFromJson(nlohmann::json::parse(quality.toStdString()), "project");
    } catch (const std::exception&) {
        return std::nullopt;
    }
    return r;
}

void ModelDocument::appendScriptLine(const QString& line, const QString& undoText)
{
    QString script = mScript;
    if (!script.isEmpty() && !script.endsWith('\n')) script += '\n';
    setModelScript(script + line + '\n', undoText);
}

void ModelDocument::analyzeNoise(const CalibrationOptions& data)
{
    if (isBusy() || !mRunner.hasModel()) return;
    struct Outcome {
        Runner runner;
        NoiseReport report;
    };
    auto outcome = std::make_shared<Outcome>(Outcome{mRunner, {}});
    Job::Work work = [outcome, data](const Progress& progress) { outcome->report = outcome->runner.analyzeNoise(data, progress); };
    mStageJob->start(tr("Analyzing noise"), std::move(work), [this, outcome] {
        mRunner = std::move(outcome->runner);  // the HAR now holds <net>.noise.json
        mNoise = std::move(outcome->report);
        emit noiseAnalyzed();
    });
}

namespace {

/// The document's script as the engine reads it for `graph` (the file name is the model's).
ModelScript readDocumentScript(const std::string& text, const std::string& file, const Graph& graph)
{
    return interpretScript(parseScript(text, file), &graph);
}

}  // namespace

void ModelDocument::compile()
{
    if (isBusy() || !mRunner.hasModel()) return;
    struct Outcome {
        Runner runner;
        nlohmann::ordered_json report;
        double seconds = 0;
    };
    auto outcome = std::make_shared<Outcome>(Outcome{mRunner, {}, 0});
    const std::string text = mScript.toStdString();
    const std::string file = (QFileInfo(mPath).completeBaseName() + ".alls").toStdString();
    ProfileOptions options;
    options.hostLink = mHostLink;
    Job::Work work = [outcome, text, file, options](const Progress& progress) {
        const auto start = std::chrono::steady_clock::now();
        progress.update(0, "checking the model script");
        const ModelScript script = readDocumentScript(text, file, outcome->runner.graph());
        outcome->runner.compile(script, progress.part(0, 0.9));
        outcome->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        outcome->report = outcome->runner.profile(script, progress.part(0.9, 1), options);
    };
    mStageJob->start(tr("Compiling"), std::move(work), [this, outcome] {
        mRunner = std::move(outcome->runner);
        mProfile = outcome->report;
        mBinaryInfo.reset();
        CompileRun run;
        run.number = mCompiles.isEmpty() ? 1 : mCompiles.last().number + 1;
        run.finished = QDateTime::currentDateTime();
        run.hwArch = hwArch();
        if (mHostLink) run.hostLink = toQ(mHostLink->name());
        run.script = mScript;
        run.seconds = outcome->seconds;
        run.report = std::move(outcome->report);
        mCompiles.append(std::move(run));
        // The project keeps the latest few; a report is a few hundred bytes per layer.
        while (mCompiles.size() > kKeptCompiles) mCompiles.removeFirst();
        emit pipelineChanged();
        emit compilesChanged();
        emit compileFinished();
        emit profileFinished();
    });
}

void ModelDocument::optimizeThenCompile(const CalibrationOptions& data)
{
    if (isBusy()) return;
    mCompileAfterOptimize = true;
    optimize(data);
    if (!mStageJob->isRunning()) mCompileAfterOptimize = false;
}

void ModelDocument::profile()
{
    if (isBusy() || !isStageAvailable(Stage::Compiled)) return;
    auto outcome = std::make_shared<std::pair<Runner, nlohmann::ordered_json>>(mRunner, nlohmann::ordered_json());
    const std::string text = mScript.toStdString();
    const std::string file = (QFileInfo(mPath).completeBaseName() + ".alls").toStdString();
    ProfileOptions options;
    options.hostLink = mHostLink;
    Job::Work work = [outcome, text, file, options](const Progress& progress) {
        // A model compiled for this target is profiled as it is; for another target the
        // profiler compiles it with the script's compilation commands.
        const ModelScript script = readDocumentScript(text, file, outcome->first.graph());
        outcome->second = outcome->first.profile(script, progress, options);
    };
    mStageJob->start(tr("Profiling"), std::move(work), [this, outcome] {
        mProfile = std::move(outcome->second);
        emit pipelineChanged();
        emit profileFinished();
    });
}

void ModelDocument::setHostLink(const std::optional<HostLink>& link)
{
    auto name = [](const std::optional<HostLink>& l) { return l ? toQ(l->name()) : QString(); };
    if (name(link) == name(mHostLink)) return;
    mUndo.push(new SetValueCommand<QString>(name(mHostLink), name(link),
                                            [this](const QString& n) {
                                                applyHostLink(n.isEmpty() ? std::nullopt : std::optional(HostLink::parse(n.toStdString())));
                                            },
                                            link ? tr("Host link %1").arg(name(link)) : tr("Host link of the module")));
}

void ModelDocument::applyHostLink(const std::optional<HostLink>& link)
{
    mHostLink = link;
    emit hostLinkChanged();
    // Deferred: a compile about to start (the wizard sets the link first) profiles with it anyway.
    if (mProfile) QTimer::singleShot(0, this, &ModelDocument::profile);
}

void ModelDocument::setCompileChoices(const QString& script, const QString& hwArch, const std::optional<HostLink>& link,
                                      const QString& undoText)
{
    auto name = [](const std::optional<HostLink>& l) { return l ? l->name() : std::string(); };
    if (script == mScript && hwArch == this->hwArch() && name(link) == name(mHostLink)) return;
    mUndo.beginMacro(undoText);
    setModelScript(script, tr("Edit the model script"));
    setHwArch(hwArch);
    setHostLink(link);
    mUndo.endMacro();
}

QJsonArray ModelDocument::compilesJson() const
{
    QJsonArray out;
    for (const CompileRun& c : mCompiles) out.append(c.toJson());
    return out;
}

void ModelDocument::restoreCompiles(const QJsonArray& compiles)
{
    mCompiles.clear();
    for (const QJsonValue& v : compiles)
        if (auto c = CompileRun::fromJson(v.toObject())) mCompiles.append(std::move(*c));
    emit compilesChanged();
}

QJsonObject CompileRun::toJson() const
{
    return {{"number", number},
            {"finished", finished.toString(Qt::ISODate)},
            {"hw_arch", hwArch},
            {"host_link", hostLink},
            {"script", script},
            {"seconds", seconds},
            {"report", QJsonDocument::fromJson(QByteArray::fromStdString(report.dump())).object()}};
}

std::optional<CompileRun> CompileRun::fromJson(const QJsonObject& o)
{
    if (!o.value("number").isDouble() || !o.value("report").isObject()) return std::nullopt;
    CompileRun c;
    c.number = o.value("number").toInt();
    c.finished = QDateTime::fromString(o.value("finished").toString(), Qt::ISODate);
    c.hwArch = o.value("hw_arch").toString();
    c.hostLink = o.value("host_link").toString();
    c.script = o.value("script").toString();
    c.seconds = o.value("seconds").toDouble();
    const QByteArray report = QJsonDocument(o.value("report").toObject()).toJson(QJsonDocument::Compact);
    c.report = nlohmann::ordered_json::parse(report.toStdString(), nullptr, false);
    if (c.report.is_discarded() || !c.report.contains("performance") || !c.report.contains("layers")) return std::nullopt;
    return c;
}

void ModelDocument::tryInput(const QString& path)
{
    if (isBusy() || !mRunner.hasModel()) return;
    struct Outcome {
        Runner runner;
        Inference result;
    };
    auto outcome = std::make_shared<Outcome>(Outcome{mRunner, {path, {}, {}}});
    Job::Work work = [outcome](const Progress& progress) {
        const Runner& runner = outcome->runner;
        CalibrationOptions one;
        one.path = outcome->result.input.toStdString();
        one.size = 1;
        const CalibrationSet set = runner.readCalibrationSet(one, progress.part(0, 0.1));
        outcome->result.inputs = calibrationBatch(set, 0, 1);
        std::vector<InferMode> modes{InferMode::Native};
        if (runner.state() != ModelState::Native) modes.push_back(InferMode::FpOptimized);
        if (runner.har().metadata.contains("quantization")) modes.push_back(InferMode::Quantized);
        for (size_t i = 0; i < modes.size(); ++i) {
            const double from = 0.1 + 0.9 * double(i) / double(modes.size()), to = 0.1 + 0.9 * double(i + 1) / double(modes.size());
            outcome->result.outputs[modes[i]] = runner.infer(modes[i], outcome->result.inputs, progress.part(from, to));
        }
    };
    mStageJob->start(tr("Running the input"), std::move(work), [this, outcome] {
        mInference = std::move(outcome->result);
        emit inferenceFinished();
    });
}

void ModelDocument::select(Side side, const QStringList& ids, const QString& source)
{
    mSelectionSide = side;
    mSelection = ids;
    emit selectionChanged(side, ids, source);
}

}  // namespace dfc::ui
