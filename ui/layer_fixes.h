#pragma once
// Point-and-click quantization fixes: each is the model-script line a user would have typed (the
// vendor's syntax), appended to the document's script as one undoable step; Re-optimize runs the
// script again on the last calibration data. Offered on a layer in the parsed graph and in the
// optimized model's table.
#include <QCoreApplication>
#include <QString>

class QMenu;
class QWidget;

namespace dfc::ui {

class ModelDocument;

class LayerFixes {
    Q_DECLARE_TR_FUNCTIONS(LayerFixes)

public:
    enum class Fix { SixteenBit, ClipActivations, ClipWeights, DisableEqualization };
    static QString line(Fix fix, const QString& layer);
    static QString menuText(Fix fix);
    /// The fixes for `layer` (and "Change output activation" on a layer that feeds an output),
    /// the model-wide ones, then Re-optimize (when the document was optimized before).
    static void addActions(QMenu& menu, ModelDocument* doc, const QString& layer, QWidget* owner);
    /// change_output_activation(layer, activation)
    static QString outputActivationLine(const QString& layer, const QString& activation);
    /// Writes the script's model_optimization_flavor with the next optimization level (≤ 4).
    static void raiseOptimizationLevel(ModelDocument* doc);
    /// One quantization_param line raising to 16 bits the layers whose quantization alone takes
    /// an output under `targetDb` (the engine's sixteenBitCandidates); returns the layers.
    static QStringList sixteenBitNoisiest(ModelDocument* doc, double targetDb, double maxShare);
    static void askSixteenBitNoisiest(ModelDocument* doc, QWidget* parent);  ///< asks the target, then the above
};

}  // namespace dfc::ui
