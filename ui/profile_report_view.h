#pragma once
// The profiler report of one model, the Profiled stage's page: the vendor's three tabs (Model
// overview, Optimization details, Compilation & runtime) and a Layers tab, all read from the
// report JSON the engine wrote (the same one `dfc profiler --out-json` writes): headline cards,
// the batch-size sweep, a context table whose rows select their layers, per-context utilization,
// the timeline of one batch through the contexts, host traffic per context, FPS per layer with
// the bottlenecks marked, and the per-layer table. Exports the engine's HTML, JSON and CSV.
#include <QHash>
#include <QWidget>

#include <nlohmann/json.hpp>

class QChartView;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace dfc::ui {

class ModelDocument;
class ProfileLayerTable;

class ProfileReportView : public QWidget {
    Q_OBJECT
public:
    enum Tab { OverviewTab, OptimizationTab, CompilationTab, LayersTab };

    /// Follows `doc`'s report; nullptr: shows what setReport gives (a report opened from a file).
    explicit ProfileReportView(ModelDocument* doc, QWidget* parent = nullptr);
    /// Reads a report `dfc profiler --out-json` wrote; InvalidFormat (with the file) when it is not one.
    static nlohmann::ordered_json readReportFile(const QString& path);

    /// Shows `report` (the document's, or one opened from a file).
    void setReport(const nlohmann::ordered_json& report);
    const nlohmann::ordered_json& report() const { return mReport; }
    QTabWidget* tabs() const { return mTabs; }
    ProfileLayerTable* layerTable() const { return mLayers; }
    QTableWidget* contextTable() const { return mContexts; }
    /// The text shown for a report field by its JSON path ("performance.fps_batch_1"), without
    /// its unit; "" when the view does not show that field. fieldPaths() lists those it shows.
    QString shownValue(const QString& path) const;
    QStringList fieldPaths() const { return mFields.keys(); }
    /// Selects the layers of context `index` in the document (what a click on its row does).
    void selectContext(int index);
    QChartView* frameChart() const { return mFrameChart; }
    /// The layer names the FPS chart draws, left to right.
    QStringList fpsChartLayers() const { return mFpsLayers; }

    /// Writes the engine's report as HTML, JSON or CSV (per layer) to `path`, atomically.
    enum class Format { Html, Json, Csv };
    void exportReport(Format format, const QString& path) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* makeOverviewTab();
    QWidget* makeOptimizationTab();
    QWidget* makeCompilationTab();
    QWidget* makeLayersTab();
    void rebuild();
    void fillContexts();
    void retranslateUi();
    void askExport(Format format);
    /// A value label registered under `path`, captioned.
    QLabel* field(const QString& path);

    ModelDocument* mDoc;
    nlohmann::ordered_json mReport;
    QLabel* mTitle;
    QLabel* mSubtitle;
    QTabWidget* mTabs;
    QHash<QString, QLabel*> mFields;
    QHash<QString, QLabel*> mCaptions;
    QLabel* mLimitedBy;
    QLabel* mOptimizationText;
    QLabel* mWhyContexts;
    QTableWidget* mContexts;
    QChartView *mBatchChart, *mFrameChart, *mUtilizationChart, *mTimelineChart, *mBandwidthChart, *mFpsChart;
    ProfileLayerTable* mLayers;
    QStringList mFpsLayers;
};

}  // namespace dfc::ui
