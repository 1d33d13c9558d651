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
    enum class Fix { SixteenBit, ClipActivations, DisableEqualization };
    static QString line(Fix fix, const QString& layer);
    static QString menuText(Fix fix);
    /// The fixes for `layer`, then Re-optimize (when the document was optimized before).
    static void addActions(QMenu& menu, ModelDocument* doc, const QString& layer, QWidget* owner);
};

}  // namespace dfc::ui
