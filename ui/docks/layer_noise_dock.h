#pragma once
// One layer's quantization up close (the layer selected anywhere): its bits, SNRs and the
// measured causes in words; the activation histogram over the calibration set with the chosen
// output range and the clipped share; the weight histogram with the widest and the median
// channel's range; native against quantized values with the slope-1 line (Qt Charts).
#include <QString>
#include <optional>

#include "docks/document_dock.h"
#include "pipeline/runner.h"

class QChartView;
class QLabel;
class QTabWidget;

namespace dfc::ui {

class LayerNoiseDock : public DocumentDock {
    Q_OBJECT
public:
    explicit LayerNoiseDock(QWidget* parent = nullptr);
    QString layer() const { return mLayer; }
    void showLayer(const QString& layer);
    QString factsText() const;  ///< the text above the charts
    QTabWidget* tabs() const { return mTabs; }
    QChartView* activationChart() const { return mActivations; }
    QChartView* weightChart() const { return mWeights; }
    QChartView* scatterChart() const { return mScatter; }
    /// Share of the layer's float weights beyond their channel's chosen range (-1: no weights).
    double clippedWeightShare() const { return mClippedWeights; }

protected:
    void documentChanged() override;
    void retranslateUi() override;

private:
    void refresh();
    void drawActivations(const LayerQuant* q, const LayerNoise* noise);
    void drawWeights(const LayerQuant* q);
    void drawScatter(const LayerNoise* noise);
    const QuantizedModel* model();  ///< decoded once per pipeline state

    QLabel* mFacts;
    QTabWidget* mTabs;
    QChartView *mActivations, *mWeights, *mScatter;
    QString mLayer;
    double mClippedWeights = -1;
    std::optional<std::optional<QuantizedModel>> mModel;  ///< outer: read yet
    std::optional<std::vector<ActivationStats>> mStats;
};

}  // namespace dfc::ui
