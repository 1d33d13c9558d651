#pragma once
// Side-by-side parse review: the original model's graph and the parsed layer graph, one shared
// selection through the original_names map, a legend, start/end picking by right-click with a
// live preview of the scope, arrows through the start/end nodes, find, and re-parse off the UI
// thread with progress and Cancel.
#include <QWidget>

#include <QJsonObject>

class QComboBox;
class QLabel;
class QPainter;
class QLineEdit;
class QToolButton;
class QSplitter;

namespace dfc::ui {

class GraphScene;
class GraphView;
class JobProgressWidget;
class ModelDocument;

class ParseReviewWidget : public QWidget {
    Q_OBJECT
public:
    /// Both graphs side by side, titled (the parsed one alone for a HAR), as the user sees them.
    bool exportPng(const QString& path) const;
    bool exportSvg(const QString& path) const;
    /// What the parsed pane says when there is nothing to draw (empty when it draws a graph).
    QString parsedEmptyText() const;
    explicit ParseReviewWidget(ModelDocument* doc, QWidget* parent = nullptr);

    ModelDocument* document() const { return mDoc; }
    GraphScene* originalScene() const { return mOriginalScene; }
    GraphScene* parsedScene() const { return mParsedScene; }
    GraphView* originalView() const { return mOriginalView; }
    GraphView* parsedView() const { return mParsedView; }

    /// Original node names of a parsed layer, and the layers that hold an original node.
    QStringList originalNodesOf(const QString& layer) const;
    QStringList layersOf(const QString& node) const;

    /// Selects (through the document, so the docks follow) and shows the matching other side.
    void selectOriginal(const QStringList& nodes);  ///< and the matching layers, centred
    void selectParsed(const QStringList& layers);   ///< and the matching nodes, centred
    void find(const QString& text);
    void stepBoundary(int direction);  ///< next/previous start or end node
    /// The scope edits of a node's context menu (undoable): the only start node, one more start
    /// node, the only end node ("cut here"), one more output.
    void startHere(const QString& node);
    void addStart(const QString& node);
    void cutHere(const QString& node);
    void addOutput(const QString& node);
    void zoomToFit();
    QString scopePreviewText() const;
    /// Asks for the shapes of inputs with symbolic dimensions (when any) and re-parses.
    /// Returns false when the model has none or the user cancelled.
    bool askInputShapes();
    /// Colours the parsed graph by a per-layer number (LayerOverlays: "snr_on_layer", …) with
    /// its legend; an empty or unavailable id colours by layer kind.
    void setOverlay(const QString& id);
    QString overlayId() const;
    QString kindLegendText() const;
    /// Zoom and centre of both views, and the splitter sizes, for the project file.
    QJsonObject viewState() const;
    void restoreViewState(const QJsonObject& state);  ///< applied once the layouts are done

signals:
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuildOriginal();
    void rebuildParsed();
    void recolour();
    void refreshOverlays();  ///< the "Colour by" choices the document offers now
    void updateKindLegend();
    void showNodeMenu(const QString& node, const QPoint& pos);
    void showLayerMenu(const QString& layer, const QPoint& pos);
    void updatePreview();
    void showSelection(int side, const QStringList& ids, const QString& source);
    void retranslateUi();
    void updateTitles();
    QSizeF paintBoth(QPainter* painter) const;  ///< both graphs side by side; returns the size  ///< the two column titles with their node and layer counts

    ModelDocument* mDoc;
    GraphScene* mOriginalScene;
    GraphScene* mParsedScene;
    GraphView* mOriginalView;
    GraphView* mParsedView;
    QLabel* mOriginalTitle;
    QLabel* mParsedTitle;
    QLabel* mParsedEmpty;  ///< over the parsed view when the parse produced no layers
    QLabel* mPreview;
    QLabel* mLegend;
    QLabel* mKindLegend;  ///< the parsed side's layer colours (or the overlay's scale)
    QLabel* mColourByLabel;
    QComboBox* mColourBy;
    QString mKindText;
    QLineEdit* mFind;
    JobProgressWidget* mProgress;
    QToolButton* mReparse;
    QToolButton* mPrev;
    QToolButton* mNext;
    QToolButton* mFit;
    QToolButton* mShapes;
    QSplitter* mSplit;
    QJsonObject mPendingViewState;
    int mOriginalCount = -1, mParsedCount = -1;  ///< nodes and layers drawn (-1: none yet)
    QMap<QString, QStringList> mNodeToLayers, mLayerToNodes;
    int mBoundaryIndex = -1;
};

}  // namespace dfc::ui
