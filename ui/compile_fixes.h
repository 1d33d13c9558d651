#pragma once
// What-ifs on a compiled model, from the report or the graph: each writes the model-script line a
// user would have typed (undoable) and re-compiles in the background, so the report (and the
// Compiles dock's comparison) shows what it changed. "More subclusters" is a compilation_param
// line; "16-bit here" is a quantization_param line, so it re-optimizes first.
#include <QCoreApplication>
#include <QString>

class QMenu;
class QWidget;

namespace dfc::ui {

class ModelDocument;

class CompileFixes {
    Q_DECLARE_TR_FUNCTIONS(CompileFixes)

public:
    /// compilation_param(layer, number_of_subclusters=N)
    static QString subclustersLine(const QString& layer, int subclusters);
    /// The subclusters "more subclusters" asks for `layer` (twice its own, at most a cluster's),
    /// or 0 when it cannot have more or they would not help (not compiled, no subclusters, defused,
    /// at the maximum, or paced by its output stream rather than its MACs).
    static int moreSubclustersFor(const ModelDocument& doc, const QString& layer);
    /// Writes (or replaces) the layer's compilation_param line and re-compiles; false when
    /// moreSubclustersFor is 0 or the document is busy.
    static bool giveMoreSubclusters(ModelDocument* doc, const QString& layer);
    /// Writes the layer's 16-bit line, re-optimizes on the last calibration data, then compiles.
    static bool sixteenBitAndRecompile(ModelDocument* doc, const QString& layer);
    /// The what-ifs for `layer` of a compiled model (nothing before a compile).
    static void addActions(QMenu& menu, ModelDocument* doc, const QString& layer, QWidget* owner);
};

}  // namespace dfc::ui
