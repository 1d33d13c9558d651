#include "parse_review_widget.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QTextDocumentFragment>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>
#include <memory>

#include "graph/graph_scene.h"
#include "graph/graph_view.h"
#include "graph/source_scene.h"
#include "ir/layer_kind.h"
#include "job_progress_widget.h"
#include "compile_fixes.h"
#include "layer_overlay.h"
#include "model_document.h"
#include "layer_fixes.h"
#include "parse_reasons.h"
#include "text_util.h"
#include "style.h"
#include "subgraph_dialog.h"

namespace dfc::ui {
namespace {

QStringList toQList(const std::vector<std::string>& v)
{
    QStringList out;
    for (const auto& s : v) out.append(toQ(s));
    return out;
}

}  // namespace

ParseReviewWidget::ParseReviewWidget(ModelDocument* doc, QWidget* parent)
    : QWidget(parent), mDoc(doc), mOriginalScene(new GraphScene(this)), mParsedScene(new GraphScene(this))
{
    mOriginalView = new GraphView(mOriginalScene, this);  // parented: a HAR alone never shows it
    mParsedView = new GraphView(mParsedScene, this);
    mOriginalView->setObjectName("originalView");
    mParsedView->setObjectName("parsedView");
    mOriginalTitle = new QLabel(this);
    mParsedTitle = new QLabel;
    mParsedTitle->setObjectName("parsedTitle");
    // A parse that produced nothing says why on the empty pane, not only in a dock.
    mParsedEmpty = new QLabel(mParsedView->viewport());
    mParsedEmpty->setObjectName("parsedEmpty");
    mParsedEmpty->setWordWrap(true);
    mParsedEmpty->setMargin(16);
    mParsedEmpty->setFixedWidth(360);
    mParsedEmpty->hide();
    mPreview = new QLabel;
    mPreview->setObjectName("scopePreview");
    mLegend = new QLabel;
    mLegend->setTextFormat(Qt::RichText);
    mLegend->setWordWrap(true);  // a long legend must not set the window's minimum width
    mKindLegend = new QLabel;
    mKindLegend->setObjectName("kindLegend");
    mKindLegend->setTextFormat(Qt::RichText);
    mKindLegend->setWordWrap(true);
    mColourByLabel = new QLabel;
    mColourBy = new QComboBox;
    mColourBy->setObjectName("colourBy");
    mFind = new QLineEdit;
    mFind->setClearButtonEnabled(true);
    mProgress = new JobProgressWidget;
    mProgress->setJob(doc->job());
    auto button = [this](const char* icon) {
        auto* b = new QToolButton;
        b->setIcon(QIcon::fromTheme(icon));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(true);
        return b;
    };
    mReparse = button("view-refresh");
    mReparse->setObjectName("reparseButton");
    mPrev = button("go-previous");
    mNext = button("go-next");
    mFit = button("zoom-fit-best");
    mShapes = button("transform-scale");
    mShapes->setVisible(!doc->isHarOnly());

    auto* bar = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{mReparse, mProgress, mPrev, mNext, mFit, mShapes}) bar->addWidget(w);
    bar->addWidget(mFind, 1);
    bar->addWidget(mPreview);

    auto column = [](QLabel* title, QWidget* view) {
        auto* w = new QWidget;
        auto* l = new QVBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(title);
        l->addWidget(view, 1);
        return w;
    };
    auto* split = mSplit = new QSplitter(Qt::Horizontal);
    if (!doc->isHarOnly()) split->addWidget(column(mOriginalTitle, mOriginalView));
    split->addWidget(column(mParsedTitle, mParsedView));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(mLegend);
    auto* kindRow = new QHBoxLayout;
    kindRow->addWidget(mColourByLabel);
    kindRow->addWidget(mColourBy);
    kindRow->addWidget(mKindLegend, 1);
    layout->addLayout(kindRow);
    connect(mColourBy, &QComboBox::currentIndexChanged, this, [this] {
        recolour();
        updateKindLegend();
    });
    for (auto signal : {&ModelDocument::pipelineChanged, &ModelDocument::noiseAnalyzed, &ModelDocument::runsChanged})
        connect(mDoc, signal, this, &ParseReviewWidget::refreshOverlays);
    if (doc->isHarOnly()) {
        mOriginalView->hide();
        mOriginalTitle->hide();
    }

    connect(mReparse, &QToolButton::clicked, mDoc, &ModelDocument::reparse);
    connect(mPrev, &QToolButton::clicked, this, [this] { stepBoundary(-1); });
    connect(mNext, &QToolButton::clicked, this, [this] { stepBoundary(+1); });
    connect(mFit, &QToolButton::clicked, this, &ParseReviewWidget::zoomToFit);
    connect(mShapes, &QToolButton::clicked, this, &ParseReviewWidget::askInputShapes);
    connect(mFind, &QLineEdit::returnPressed, this, [this] { find(mFind->text()); });
    connect(mDoc, &ModelDocument::parseStarted, this, [this] { mReparse->setEnabled(false); });
    connect(mDoc->job(), &Job::finished, this, [this] { mReparse->setEnabled(true); });
    connect(mDoc, &ModelDocument::parseFinished, this, [this] {
        rebuildOriginal();
        rebuildParsed();
        if (!mDoc->report().ok())
            emit statusMessage(tr("%n node(s) in the scope are not supported: see Issues.", "", mDoc->unsupportedNodesInScope()));
    });
    connect(mDoc, &ModelDocument::parseCancelled, this,
            [this] { emit statusMessage(tr("Parsing was cancelled; the previous result is kept.")); });
    connect(mDoc, &ModelDocument::parseFailed, this, [this](const JobError& e) {
        emit statusMessage(e.text);
        // A model with symbolic spatial dimensions needs shapes before it can be parsed.
        if (e.code == ErrorCode::InputShapeNeeded && mDoc->inputShapes().isEmpty())
            QMetaObject::invokeMethod(this, &ParseReviewWidget::askInputShapes, Qt::QueuedConnection);
    });
    connect(mDoc, &ModelDocument::selectionChanged, this,
            [this](ModelDocument::Side side, const QStringList& ids, const QString& source) {
                showSelection(static_cast<int>(side), ids, source);
            });
    connect(mDoc, &ModelDocument::scopeChanged, this, [this] {
        recolour();
        updatePreview();
    });
    connect(mOriginalScene, &GraphScene::selectionByUser, this, &ParseReviewWidget::selectOriginal);
    connect(mParsedScene, &GraphScene::selectionByUser, this, &ParseReviewWidget::selectParsed);
    for (GraphScene* scene : {mOriginalScene, mParsedScene}) {
        // Big layouts say when they start and when they are done (the start message would
        // otherwise stay on screen after the graph appeared).
        auto started = std::make_shared<QElapsedTimer>();
        connect(scene, &GraphScene::layoutStarted, this, [this, started](int nodes) {
            started->start();
            if (nodes > 300) emit statusMessage(tr("Laying out %n node(s)…", "", nodes));
        });
        connect(scene, &GraphScene::layoutFinished, this, [this, scene, started] {
            if (scene->nodeCount() > 300)
                emit statusMessage(tr("Laid out %n node(s) in %1 s", "", scene->nodeCount()).arg(started->elapsed() / 1000.0, 0, 'f', 1));
        });
    }
    connect(mOriginalScene, &GraphScene::layoutFinished, this, &ParseReviewWidget::recolour);
    connect(mParsedScene, &GraphScene::layoutFinished, this, &ParseReviewWidget::recolour);
    connect(mOriginalView, &GraphView::contextMenuOnNode, this, &ParseReviewWidget::showNodeMenu);
    connect(mParsedView, &GraphView::contextMenuOnNode, this, &ParseReviewWidget::showLayerMenu);
    retranslateUi();
}

QJsonObject ParseReviewWidget::viewState() const
{
    auto view = [](GraphView* v) {
        const QPointF c = v->mapToScene(v->viewport()->rect().center());
        return QJsonObject{{"zoom", v->zoom()}, {"x", c.x()}, {"y", c.y()}};
    };
    QJsonArray sizes;
    for (int s : mSplit->sizes()) sizes.append(s);
    return {{"original", view(mOriginalView)}, {"parsed", view(mParsedView)}, {"splitter", sizes}};
}

void ParseReviewWidget::restoreViewState(const QJsonObject& state)
{
    mPendingViewState = state;
    auto apply = [this](GraphView* v, const QJsonObject& s) {
        if (s.isEmpty() || s.value("zoom").toDouble() <= 0) return;
        v->setZoom(s.value("zoom").toDouble(), QPointF(s.value("x").toDouble(), s.value("y").toDouble()));
    };
    QList<int> sizes;
    for (const QJsonValue& v : state.value("splitter").toArray()) sizes.append(v.toInt());
    if (sizes.size() == mSplit->count()) mSplit->setSizes(sizes);
    // Views are restored after their layouts (which zoom to fit) have finished.
    connect(mOriginalScene, &GraphScene::layoutFinished, this,
            [=, this] { apply(mOriginalView, mPendingViewState.value("original").toObject()); }, Qt::SingleShotConnection);
    connect(mParsedScene, &GraphScene::layoutFinished, this,
            [=, this] { apply(mParsedView, mPendingViewState.value("parsed").toObject()); }, Qt::SingleShotConnection);
}

bool ParseReviewWidget::askInputShapes()
{
    InputSignature inputs;
    try {
        inputs = Runner::inputSignature(mDoc->path().toStdString());
    } catch (const std::exception& e) {
        emit statusMessage(QString::fromUtf8(e.what()));
        return false;
    }
    QMap<QString, QList<qint64>> shapes = mDoc->inputShapes();
    bool asked = false;
    for (const auto& [name, dims] : inputs) {
        const QString key = QString::fromStdString(name);
        if (std::find(dims.begin() + std::min<size_t>(1, dims.size()), dims.end(), -1) == dims.end() && !shapes.contains(key))
            continue;  // nothing symbolic beyond the batch
        QStringList proposal;
        for (size_t i = 0; i < dims.size(); ++i)
            proposal.append(QString::number(shapes.contains(key) ? shapes[key].value(int(i)) : dims[i] > 0 ? dims[i] : i == 0 ? 1 : 224));
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Input shape"),
                                                   tr("Shape of input %1 (comma-separated, batch first):").arg(key),
                                                   QLineEdit::Normal, proposal.join(','), &ok);
        if (!ok) return false;
        QList<qint64> values;
        for (const QString& d : text.split(',')) {
            const qint64 v = d.trimmed().toLongLong();
            if (v <= 0) {
                emit statusMessage(tr("'%1' is not a valid shape").arg(text));
                return false;
            }
            values.append(v);
        }
        shapes[key] = values;
        asked = true;
    }
    if (!asked) {
        emit statusMessage(tr("This model has no symbolic input dimensions."));
        return false;
    }
    mDoc->setInputShapes(shapes, tr("Set input shapes"));
    mDoc->reparse();
    return true;
}

void ParseReviewWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updatePreview();
    }
    QWidget::changeEvent(event);
}

void ParseReviewWidget::updateTitles()
{
    mOriginalTitle->setText(mOriginalCount < 0 ? tr("<b>Original model</b>")
                                               : tr("<b>Original model</b> — %n node(s)", "", mOriginalCount));
    mParsedTitle->setText(mParsedCount < 0 ? tr("<b>Parsed accelerator graph</b>")
                                           : tr("<b>Parsed accelerator graph</b> — %n layer(s)", "", mParsedCount));
}

void ParseReviewWidget::retranslateUi()
{
    mReparse->setText(tr("Re-parse"));
    mReparse->setToolTip(tr("Parse again with the chosen start and end nodes (F5)"));
    mPrev->setText(tr("◀ Start/end"));
    mPrev->setToolTip(tr("Previous start/end node"));
    mNext->setText(tr("Start/end ▶"));
    mNext->setToolTip(tr("Next start/end node"));
    mFit->setText(tr("Fit"));
    mShapes->setText(tr("Input shapes…"));
    mShapes->setToolTip(tr("Give fixed shapes to inputs with symbolic dimensions"));
    mFind->setPlaceholderText(tr("Find a node by name, operator or shape (e.g. 1,3,224,224)"));
    updateTitles();
    // QLabel's rich text has no CSS borders: outlines are drawn as a coloured frame glyph.
    auto chip = [](const QColor& fill, const QColor& border, const QString& text) {
        const QString mark = fill == Qt::white ? QString("<span style='color:%1; font-size:large'>&#9634;</span>").arg(border.name())
                                               : QString("<span style='color:%1; font-size:large'>&#9632;</span>").arg(fill.name());
        return QString("%1&nbsp;%2&nbsp;&nbsp;&nbsp;").arg(mark, text.toHtmlEscaped());
    };
    mLegend->setText(chip(Style::supported(), Style::supported(), tr("supported")) +
                     chip(Style::unsupported(), Style::unsupported(), tr("unsupported")) +
                     chip(Style::outsideScope(), Style::outsideScope(), tr("outside the parsing scope")) +
                     chip(Style::unsupportedOutside(), Style::unsupportedOutside(), tr("unsupported, outside (the host runs it)")) +
                     chip(Style::constant(), Style::constant(), tr("folded constant")) +
                     chip(Qt::white, Style::startNode(), tr("start node")) +
                     chip(Qt::white, Style::endNode(), tr("end node")) +
                     chip(Style::awaiting(), Style::awaiting(), tr("awaiting re-parse")));
    // The parsed side colours layers by what they do on the chip (the kind registry's category).
    const QList<QPair<LayerCategory, QString>> kinds = {
        {LayerCategory::Io, tr("input/output")},     {LayerCategory::Compute, tr("conv/dense")},
        {LayerCategory::Activation, tr("activation")}, {LayerCategory::Normalize, tr("normalization")},
        {LayerCategory::Pool, tr("pooling")},          {LayerCategory::Elementwise, tr("element-wise")},
        {LayerCategory::Shape, tr("shape")},           {LayerCategory::Resize, tr("resize")},
        {LayerCategory::Reduce, tr("reduction, softmax")}};
    mKindText.clear();
    for (const auto& [category, name] : kinds) mKindText += chip(Style::category(category), Style::category(category), name);
    mColourByLabel->setText(tr("Colour layers by:"));
    refreshOverlays();
}

void ParseReviewWidget::refreshOverlays()
{
    const QString current = overlayId();
    const QSignalBlocker block(mColourBy);
    mColourBy->clear();
    mColourBy->addItem(tr("kind"), QString());
    for (const LayerOverlay& o : LayerOverlays::of(*mDoc)) mColourBy->addItem(o.title, o.id);
    mColourBy->setCurrentIndex(std::max(0, mColourBy->findData(current)));
    mColourBy->setVisible(mColourBy->count() > 1);
    mColourByLabel->setVisible(mColourBy->count() > 1);
    recolour();
    updateKindLegend();
}

void ParseReviewWidget::setOverlay(const QString& id) { mColourBy->setCurrentIndex(std::max(0, mColourBy->findData(id))); }

QString ParseReviewWidget::overlayId() const { return mColourBy->currentData().toString(); }

QString ParseReviewWidget::kindLegendText() const { return mKindLegend->text(); }

void ParseReviewWidget::updateKindLegend()
{
    for (const LayerOverlay& o : LayerOverlays::of(*mDoc))
        if (o.id == overlayId()) {
            mKindLegend->setText(o.legendHtml());
            return;
        }
    mKindLegend->setText((mColourBy->isVisible() ? QString() : "<b>" + tr("Layers:").toHtmlEscaped() + "</b>&nbsp;&nbsp;") + mKindText);
}

void ParseReviewWidget::rebuildOriginal()
{
    if (mDoc->isHarOnly()) return;
    SceneGraph scene = sceneOfSource(mDoc->source());
    mOriginalScene->setGraph(scene.nodes, scene.edges);
    mOriginalCount = int(scene.nodes.size());
    updateTitles();
}

QString ParseReviewWidget::parsedEmptyText() const { return mParsedEmpty->isVisibleTo(mParsedView) ? mParsedEmpty->text() : QString(); }

void ParseReviewWidget::rebuildParsed()
{
    const Graph& g = mDoc->graph();
    mNodeToLayers.clear();
    mLayerToNodes.clear();
    QList<SceneNode> nodes;
    QList<QPair<QString, QString>> edges;
    for (const Layer* l : g.topoOrder()) {
        const QString name = toQ(l->name);
        QString subtitle = toQ(l->hnType());
        if (l->params.contains("activation") && l->params["activation"] != "linear")
            subtitle += " + " + toQ(l->params["activation"].get<std::string>());
        if (!l->outputShapes.empty()) subtitle += "  " + shapeText(l->outputShape());
        nodes.append({name, name, subtitle, toQList(l->originalNames).join("\n"), Style::category(l->kind->category)});
        for (const auto& o : l->outputs) edges.append({name, toQ(o)});
        for (const auto& orig : l->originalNames) {
            mLayerToNodes[name].append(toQ(orig));
            mNodeToLayers[toQ(orig)].append(name);
        }
    }
    mParsedScene->setGraph(nodes, edges);
    mParsedCount = int(nodes.size());
    updateTitles();
    if (nodes.isEmpty() && mDoc->hasParse()) {
        const int unsupported = mDoc->unsupportedNodesInScope();
        mParsedEmpty->setText(unsupported > 0
                                  ? tr("Nothing was parsed: %n node(s) inside the scope have no conversion. Issues lists them and what "
                                       "to do; right-click a node in the original model to move the start or end node.", "", unsupported)
                                  : tr("Nothing was parsed: the scope holds no node that runs on the accelerator."));
        mParsedEmpty->adjustSize();
        mParsedEmpty->show();
    } else {
        mParsedEmpty->hide();
    }
    updatePreview();
}

void ParseReviewWidget::recolour()
{
    const SourceGraph& src = mDoc->source();
    std::vector<std::string> start, end;
    for (const QString& s : mDoc->startNodes()) start.push_back(s.toStdString());
    for (const QString& e : mDoc->endNodes()) end.push_back(e.toStdString());
    const auto scope = src.scope(start, end);
    for (const SourceNode& n : src.nodes) {
        const QString id = toQ(n.name);
        const bool unsupported = n.support == NodeSupport::Unsupported;
        QColor fill = unsupported ? Style::unsupported() : Style::supported();
        if (!scope.count(n.name)) fill = unsupported ? Style::unsupportedOutside() : Style::outsideScope();
        mOriginalScene->setFill(id, fill);
        QColor outline;
        if (mDoc->startNodes().contains(id)) outline = Style::startNode();
        if (mDoc->endNodes().contains(id)) outline = Style::endNode();
        mOriginalScene->setOutline(id, outline);
    }
    std::optional<LayerOverlay> overlay;
    for (const LayerOverlay& o : LayerOverlays::of(*mDoc))
        if (o.id == overlayId()) overlay = o;
    const Graph& g = mDoc->graph();
    for (const Layer* l : g.layers()) {
        const QString name = toQ(l->name);
        QColor fill = Style::category(l->kind->category);
        if (overlay) fill = overlay->values.contains(name) ? overlay->colourOf(overlay->values.value(name)) : LayerOverlay::missing();
        mParsedScene->setFill(name, mDoc->awaitingReparse() ? Style::awaiting() : fill);
    }
}

QString ParseReviewWidget::scopePreviewText() const { return mPreview->text(); }

void ParseReviewWidget::updatePreview()
{
    if (mDoc->isHarOnly() || !mDoc->hasParse()) {
        mPreview->clear();
        return;
    }
    std::vector<std::string> start, end;
    for (const QString& s : mDoc->startNodes()) start.push_back(s.toStdString());
    for (const QString& e : mDoc->endNodes()) end.push_back(e.toStdString());
    int inScope = 0, supported = 0;
    const std::set<std::string> scope = mDoc->source().scope(start, end);
    for (const SourceNode& n : mDoc->source().nodes) {  // one pass: looking each up by name was quadratic
        if (n.support == NodeSupport::Constant || !scope.count(n.name)) continue;
        ++inScope;
        supported += n.support == NodeSupport::Supported;
    }
    mPreview->setText(tr("Scope: %1 nodes, %2 supported").arg(inScope).arg(supported) +
                      (mDoc->awaitingReparse() ? tr(" — awaiting re-parse") : QString()));
}

QStringList ParseReviewWidget::originalNodesOf(const QString& layer) const { return mLayerToNodes.value(layer); }
QStringList ParseReviewWidget::layersOf(const QString& node) const { return mNodeToLayers.value(node); }

void ParseReviewWidget::selectOriginal(const QStringList& nodes) { mDoc->select(ModelDocument::Side::Original, nodes, "review"); }

void ParseReviewWidget::selectParsed(const QStringList& layers) { mDoc->select(ModelDocument::Side::Parsed, layers, "review"); }

void ParseReviewWidget::showSelection(int side, const QStringList& ids, const QString&)
{
    // Whoever selected (a view, Issues, Find, the arrows), both views show it and the matching
    // other side, centred.
    const bool original = side == static_cast<int>(ModelDocument::Side::Original);
    const QMap<QString, QStringList>& map = original ? mNodeToLayers : mLayerToNodes;
    QStringList other;
    for (const QString& id : ids) other += map.value(id);
    other.removeDuplicates();
    GraphScene* here = original ? mOriginalScene : mParsedScene;
    GraphScene* there = original ? mParsedScene : mOriginalScene;
    GraphView* hereView = original ? mOriginalView : mParsedView;
    GraphView* thereView = original ? mParsedView : mOriginalView;
    here->selectIds(ids);
    there->selectIds(other);
    if (ids.size() <= 1) hereView->centerOnIds(ids);
    thereView->centerOnIds(other);
}

void ParseReviewWidget::find(const QString& text)
{
    const QString query = text.trimmed();
    if (query.isEmpty()) return;
    const bool exact = query.size() > 1 && query.startsWith('"') && query.endsWith('"');
    const QString q = exact ? query.mid(1, query.size() - 2) : query;
    auto matches = [&](const QString& s) { return exact ? s == q : s.contains(q, Qt::CaseInsensitive); };
    QStringList nodes, layers;
    for (const SourceNode& n : mDoc->source().nodes) {
        bool hit = matches(toQ(n.name)) || matches(toQ(n.op));
        for (const auto& o : n.outputs)
            if (auto it = mDoc->source().shapes.find(o); it != mDoc->source().shapes.end())
                hit |= matches(shapeText(it->second));
        if (hit) nodes.append(toQ(n.name));
    }
    for (const Layer* l : mDoc->graph().layers())
        if (matches(toQ(l->name)) || matches(toQ(l->type())) ||
            (!l->outputShapes.empty() && matches("-1," + shapeText(l->outputShape()))))
            layers.append(toQ(l->name));
    // One side through the document (Properties follows it), then the other side's own hits too.
    if (!nodes.isEmpty()) {
        mDoc->select(ModelDocument::Side::Original, nodes, "find");
        if (!layers.isEmpty()) mParsedScene->selectIds(mParsedScene->selectedIds() + layers);
    } else if (!layers.isEmpty()) {
        mDoc->select(ModelDocument::Side::Parsed, layers, "find");
    }
    mOriginalView->centerOnIds(nodes.mid(0, 1));
    mParsedView->centerOnIds(layers.mid(0, 1));
    emit statusMessage(tr("Found %1 node(s) and %2 layer(s)").arg(nodes.size()).arg(layers.size()));
}

void ParseReviewWidget::stepBoundary(int direction)
{
    const QStringList all = mDoc->startNodes() + mDoc->endNodes();
    if (all.isEmpty()) return;
    mBoundaryIndex = (mBoundaryIndex + direction + all.size()) % all.size();
    selectOriginal({all[mBoundaryIndex]});
}

void ParseReviewWidget::zoomToFit()
{
    mOriginalView->zoomToFit();
    mParsedView->zoomToFit();
}

void ParseReviewWidget::startHere(const QString& node) { mDoc->setScope({node}, mDoc->endNodes(), tr("Start at %1").arg(node)); }

void ParseReviewWidget::addStart(const QString& node)
{
    const QStringList start = mDoc->startNodes();
    if (!start.contains(node)) mDoc->setScope(start + QStringList{node}, mDoc->endNodes(), tr("Add start node %1").arg(node));
}

void ParseReviewWidget::cutHere(const QString& node) { mDoc->setScope(mDoc->startNodes(), {node}, tr("Cut at %1").arg(node)); }

void ParseReviewWidget::addOutput(const QString& node)
{
    const QStringList end = mDoc->endNodes();
    if (!end.contains(node)) mDoc->setScope(mDoc->startNodes(), end + QStringList{node}, tr("Add output %1").arg(node));
}

void ParseReviewWidget::showNodeMenu(const QString& node, const QPoint& pos)
{
    // Replacing and adding are separate, explicit choices: "cut here" is what most users mean.
    QMenu menu;
    const QStringList start = mDoc->startNodes(), end = mDoc->endNodes();
    menu.addAction(tr("Start here (the only start node)"), this, [=, this] { startHere(node); });
    menu.addAction(tr("Add as an extra start node"), this, [=, this] { addStart(node); })->setEnabled(!start.contains(node));
    menu.addSeparator();
    menu.addAction(tr("Cut here (the only end node)"), this, [=, this] { cutHere(node); });
    menu.addAction(tr("Add as an extra output"), this, [=, this] { addOutput(node); })->setEnabled(!end.contains(node));
    menu.addSeparator();
    QAction* clear = menu.addAction(tr("Clear start/end"), this, [=, this] {
        QStringList s = start, e = end;
        s.removeAll(node);
        e.removeAll(node);
        mDoc->setScope(s, e, tr("Clear start/end of %1").arg(node));
    });
    clear->setEnabled(start.contains(node) || end.contains(node));
    menu.addSeparator();
    QAction* show = menu.addAction(tr("Show matching layer"), this, [=, this] { selectOriginal({node}); });
    show->setEnabled(mNodeToLayers.contains(node));
    if (const SourceNode* n = mDoc->source().node(node.toStdString()); n && !n->subgraphs.empty()) {
        menu.addSeparator();
        SubgraphDialog::addOpenActions(menu, *n, this);
    }
    menu.exec(pos);
}

void ParseReviewWidget::showLayerMenu(const QString& layer, const QPoint& pos)
{
    QMenu menu;
    menu.addAction(tr("Show matching original nodes"), this, [=, this] { selectParsed({layer}); });
    if (mDoc->isStageAvailable(ModelDocument::Stage::Parsed)) {
        menu.addSeparator();
        LayerFixes::addActions(menu, mDoc, layer, this);
        CompileFixes::addActions(menu, mDoc, layer, this);
    }
    menu.exec(pos);
}

}  // namespace dfc::ui

namespace dfc::ui {

QSizeF ParseReviewWidget::paintBoth(QPainter* painter) const
{
    constexpr double kGap = 40, kHeader = 28;
    QList<QPair<QString, QGraphicsScene*>> sides;
    if (!mDoc->isHarOnly()) sides.append({QTextDocumentFragment::fromHtml(mOriginalTitle->text()).toPlainText(), mOriginalScene});
    sides.append({QTextDocumentFragment::fromHtml(mParsedTitle->text()).toPlainText(), mParsedScene});
    double width = 0, height = 0;
    for (const auto& [title, scene] : sides) {
        width += scene->sceneRect().width() + (width > 0 ? kGap : 0);
        height = std::max(height, scene->sceneRect().height());
    }
    const QSizeF size(width, height + kHeader);
    if (!painter) return size;
    double x = 0;
    for (const auto& [title, scene] : sides) {
        const QRectF r = scene->sceneRect();
        QFont bold = painter->font();
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(Qt::black);
        painter->drawText(QRectF(x, 0, r.width(), kHeader), Qt::AlignLeft | Qt::AlignVCenter, title);
        scene->render(painter, QRectF(x, kHeader, r.width(), r.height()), r);
        x += r.width() + kGap;
    }
    return size;
}

bool ParseReviewWidget::exportPng(const QString& path) const
{
    const QSizeF size = paintBoth(nullptr);
    // Twice the resolution for sharp text, but no side beyond 16,000 px (a 10k-node graph is
    // hundreds of thousands of points tall): QImage and viewers have limits.
    const double scale = std::min(2.0, 16000.0 / std::max({size.width(), size.height(), 1.0}));
    QImage image((size * scale).toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    p.scale(scale, scale);
    paintBoth(&p);
    p.end();
    return image.save(path);
}

bool ParseReviewWidget::exportSvg(const QString& path) const
{
    const QSizeF size = paintBoth(nullptr);
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    QPainter p;
    if (!p.begin(&svg)) return false;
    paintBoth(&p);
    return p.end();
}

}  // namespace dfc::ui
