#pragma once
// One model open in the Studio. It owns a Runner (the engine's pipeline: parse, and the stages to
// come) and reaches the engine only through it; long stages run as a Job on a worker thread
// against a copy, and the document changes only when the stage succeeded, so Cancel never loses
// what was there. It also holds what the user edits (start/end nodes, input shapes: every edit
// through the undo stack) and the shared selection the views and docks follow.
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <QUndoStack>

#include <optional>

#include "hef/hef.h"
#include "job.h"
#include "pipeline/runner.h"

namespace dfc::ui {

/// One compilation as the document keeps it (and the project saves it): where it ran, with what
/// script, and the profiler's report of the result, for comparing two compiles.
struct CompileRun {
    int number = 0;  ///< 1, 2, … in the order the compiles finished
    QDateTime finished;
    QString hwArch, hostLink;  ///< hostLink: HostLink::name(), empty for the module's
    QString script;
    double seconds = 0;
    nlohmann::ordered_json report;  ///< profiler/profile_report.h

    QJsonObject toJson() const;
    static std::optional<CompileRun> fromJson(const QJsonObject& o);  ///< nullopt: unreadable
};

/// One optimization run as the document keeps it (and the project saves it): what ran, on what
/// data, and how close to float each layer came (the quick measurement: all layers quantized).
struct OptimizationRun {
    int number = 0;  ///< 1, 2, … in the order the runs finished
    QDateTime finished;
    QString script;
    int optimizationLevel = 0, compressionLevel = 0;
    int64_t calibrationItems = 0;
    QString calibrationSource, calibrationFingerprint;
    double seconds = 0;
    int sixteenBitLayers = 0;  ///< layers with 16-bit outputs
    NoiseReport quality;       ///< full quantization: output and on-layer SNR (no scatter kept)

    QJsonObject toJson() const;
    static std::optional<OptimizationRun> fromJson(const QJsonObject& o);  ///< nullopt: unreadable
};

class ModelDocument : public QObject {
    Q_OBJECT
public:
    /// The pipeline stages the window shows (a stage bar): each is available once reached.
    enum class Stage { Parsed, Optimized, Compiled, Profiled };
    Q_ENUM(Stage)
    /// Which graph a selection is in.
    enum class Side { Original, Parsed };
    Q_ENUM(Side)

    explicit ModelDocument(QString path, QObject* parent = nullptr);
    ~ModelDocument() override;  ///< cancels a running job and waits for it

    const QString& path() const { return mPath; }
    QString displayName() const;
    bool isHarOnly() const { return mHarOnly; }  ///< opened a .har: no original graph
    bool isDirty() const { return !mUndo.isClean(); }
    void setClean();
    QUndoStack* undoStack() { return &mUndo; }

    QStringList startNodes() const { return mStart; }
    QStringList endNodes() const { return mEnd; }
    /// Undoable change of the scope; marks the parse as awaiting re-parse.
    void setScope(const QStringList& start, const QStringList& end, const QString& text);
    void applyScope(const QStringList& start, const QStringList& end);  ///< no undo entry (undo commands)
    bool awaitingReparse() const { return mAwaitingReparse; }
    QMap<QString, QList<qint64>> inputShapes() const { return mInputShapes; }
    /// Undoable change of the input shapes (batch first, source layout); marks a re-parse.
    void setInputShapes(const QMap<QString, QList<qint64>>& shapes, const QString& text);
    void applyInputShapes(const QMap<QString, QList<qint64>>& shapes);  ///< no undo entry
    /// What a project recorded, before the first parse: no undo entry, not dirty.
    void restore(const QStringList& start, const QStringList& end, const QMap<QString, QList<qint64>>& shapes);

    /// The hardware target (hailo8, hailo8l, hailo8r): recorded in the HAR and used by every
    /// later stage; undoable. An unknown name throws InvalidArgument.
    QString hwArch() const { return QString::fromStdString(mRunner.hwArch()); }
    void setHwArch(const QString& hwArch);
    void applyHwArch(const QString& hwArch);  ///< no undo entry

    /// Parses (ONNX, TFLite) or loads (HAR) through the Runner as a Job. The first parse of a
    /// model without chosen start/end nodes lets the engine apply its suggestion when the model
    /// does not parse whole. Emits parseFinished, parseFailed or parseCancelled.
    void reparse();
    void cancelParse() { mJob->cancel(); }
    bool isParsing() const { return mJob->isRunning(); }
    Job* job() const { return mJob; }

    bool hasParse() const { return mHasParse; }  ///< a parse attempt finished (maybe with unsupported nodes)
    /// The parsed graph (empty when the last parse found unsupported nodes).
    const Graph& graph() const;
    /// The last parse attempt: start/end nodes used and suggested, unsupported nodes, passes.
    const ParseReport& report() const { return mReport; }
    /// Distinct source nodes inside the scope without a conversion (the report lists one entry
    /// per refused output, so a node can appear twice there).
    int unsupportedNodesInScope() const;
    /// The whole source model, each node with its support status (empty for a HAR).
    const SourceGraph& source() const { return mSource; }
    const Runner& runner() const { return mRunner; }
    bool isStageAvailable(Stage stage) const;
    Stage currentStage() const;  ///< the furthest stage reached (Parsed before any parse too)
    /// Writes the model as a HAR (atomically), exactly as `dfc` would for the same choices.
    void saveHar(const QString& path) const;
    /// The compiled binary's facts (target, contexts, streams, estimated FPS); nullptr until the
    /// model is compiled (or when its HAR predates binaries). Read once per pipeline state.
    const HefInfo* binaryInfo() const;
    /// Writes the compiled binary (.hef) atomically, byte for byte the one `dfc compiler` writes.
    void exportHef(const QString& path) const;

    /// The model script the optimize stage runs: the document's, edited in the wizard (and the
    /// script editor); every edit is undoable.
    QString modelScript() const { return mScript; }
    void setModelScript(const QString& text, const QString& undoText);
    void applyModelScript(const QString& text);  ///< no undo entry

    /// Optimizes (full precision, calibration, quantization: Runner::optimize) with the document's
    /// script, always from the parsed native model, as a stage job on a copy: the document
    /// changes only when it succeeds. Emits optimizeFinished, stageFailed or stageCancelled.
    void optimize(const CalibrationOptions& data);
    /// The job of the stages after parsing (optimize, noise analysis, compile, profile).
    Job* stageJob() const { return mStageJob; }
    bool isBusy() const { return mJob->isRunning() || mStageJob->isRunning(); }
    /// What the last optimization did (levels, calibration, algorithms, stage times).
    const std::optional<OptimizeSummary>& lastOptimization() const { return mLastOptimization; }
    /// The calibration data of the last successful optimization (Re-optimize and the noise
    /// analysis reuse it).
    const std::optional<CalibrationOptions>& lastCalibration() const { return mLastCalibration; }
    /// Appends a line to the model script, as one undoable step: what a point-and-click fix writes.
    void appendScriptLine(const QString& line, const QString& undoText);

    /// Layer noise analysis of the quantized model (Runner::analyzeNoise) as a stage job on a copy;
    /// emits noiseAnalyzed, stageFailed or stageCancelled.
    void analyzeNoise(const CalibrationOptions& data);
    /// The last noise analysis of the current quantized model (also one a HAR brought along).
    const std::optional<NoiseReport>& noiseReport() const { return mNoise; }
    /// The noise measurement to draw: the per-layer analysis when there is one, else the quick
    /// measurement of the last run; nullptr before any.
    const NoiseReport* noiseMeasurement() const;

    /// Compiles the quantized model for the document's target with the compilation commands of its
    /// script (Runner::compile), then profiles it (Runner::profile, with the host link), as a
    /// stage job on a copy: Cancel or a failure leaves the model as it was (quantized, or the
    /// earlier compile). Emits compileFinished, stageFailed or stageCancelled.
    void compile();
    /// Optimizes with the document's script on `data`, then compiles the result (a what-if that
    /// changes quantization on a compiled model); a failure or Cancel stops the chain.
    void optimizeThenCompile(const CalibrationOptions& data);
    /// Profiles the compiled model again (another host link, a HAR opened compiled) as a stage
    /// job; emits profileFinished, stageFailed or stageCancelled.
    void profile();
    /// The profiler report of the compiled model (profiler/profile_report.h); nullptr until a
    /// compile or a profile finished.
    const nlohmann::ordered_json* profileReport() const { return mProfile ? &*mProfile : nullptr; }
    /// The PCIe link the profiler assumes; nullopt: the module's (the target description's).
    std::optional<HostLink> hostLink() const { return mHostLink; }
    /// Undoable; a compiled model is profiled again for it.
    void setHostLink(const std::optional<HostLink>& link);
    void applyHostLink(const std::optional<HostLink>& link);  ///< no undo entry
    /// The script, target and host link as one undoable step (none when nothing changes): what
    /// the compile wizard and a restored compile set.
    void setCompileChoices(const QString& script, const QString& hwArch, const std::optional<HostLink>& link, const QString& undoText);
    static constexpr int kKeptCompiles = 8;
    /// Every successful compile, oldest first (kept in the project), for comparisons.
    const QList<CompileRun>& compiles() const { return mCompiles; }
    QJsonArray compilesJson() const;
    void restoreCompiles(const QJsonArray& compiles);  ///< unreadable entries are skipped

    /// Every successful optimization run, oldest first (kept in the project).
    const QList<OptimizationRun>& runs() const { return mRuns; }
    QJsonArray runsJson() const;
    void restoreRuns(const QJsonArray& runs);  ///< unreadable entries are skipped

    /// One input run in each emulator mode the model has reached (native, full precision,
    /// quantized): what quantization does to the user's own data.
    struct Inference {
        QString input;                      ///< the file
        TensorsByName inputs;               ///< as the model took them (device layout)
        std::map<InferMode, TensorsByName> outputs;
    };
    /// Reads `path` (an image, .npy or .npz, as calibration data is read) and runs it in every
    /// available mode as a stage job; emits inferenceFinished, stageFailed or stageCancelled.
    void tryInput(const QString& path);
    const std::optional<Inference>& lastInference() const { return mInference; }

    Side selectionSide() const { return mSelectionSide; }
    QStringList selection() const { return mSelection; }
    /// Selects nodes of one side; `source` names who asked (a view, a dock) so it need not echo.
    void select(Side side, const QStringList& ids, const QString& source);

signals:
    void scopeChanged();
    void inputShapesChanged();
    void hwArchChanged();
    void parseStarted();
    void parseFinished();
    void parseFailed(const dfc::ui::JobError& error);
    void parseCancelled();
    void pipelineChanged();  ///< the Runner holds a new state (after a parse or a later stage)
    void selectionChanged(dfc::ui::ModelDocument::Side side, const QStringList& ids, const QString& source);
    void dirtyChanged(bool dirty);
    void modelScriptChanged();
    void optimizeFinished();
    void runsChanged();
    void noiseAnalyzed();
    void compileFinished();
    void profileFinished();  ///< also after compileFinished: the report is new
    void hostLinkChanged();
    void compilesChanged();
    void inferenceFinished();
    void stageFailed(const dfc::ui::JobError& error);
    void stageCancelled();

private:
    void recordRun(const OptimizeSummary& summary, NoiseReport quality, double seconds);

    QString mPath;
    bool mHarOnly = false, mHasParse = false, mAwaitingReparse = false, mParsedOnce = false;
    QStringList mStart, mEnd;
    QMap<QString, QList<qint64>> mInputShapes;
    Runner mRunner;
    ParseReport mReport;
    SourceGraph mSource;
    QUndoStack mUndo;
    Job* mJob;
    Job* mStageJob;
    QString mScript;
    std::optional<Runner> mNative;  ///< the parsed model, kept once a later stage replaced it
    std::optional<OptimizeSummary> mLastOptimization;
    std::optional<CalibrationOptions> mLastCalibration;
    std::optional<NoiseReport> mNoise;
    QList<OptimizationRun> mRuns;
    std::optional<Inference> mInference;
    std::optional<nlohmann::ordered_json> mProfile;
    std::optional<HostLink> mHostLink;
    QList<CompileRun> mCompiles;
    bool mCompileAfterOptimize = false;
    Side mSelectionSide = Side::Parsed;
    QStringList mSelection;
    mutable std::optional<std::optional<HefInfo>> mBinaryInfo;  ///< outer: read yet; inner: has one
};

}  // namespace dfc::ui
