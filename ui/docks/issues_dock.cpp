#include "docks/issues_dock.h"

#include <QLabel>
#include <QListWidget>
#include <QTextDocument>
#include <QVBoxLayout>
#include <algorithm>
#include <map>

#include "model_document.h"
#include "parse_reasons.h"
#include "text_util.h"

namespace dfc::ui {
namespace {


QString nameList(const std::vector<std::string>& names)
{
    QStringList out;
    for (const auto& n : names) out.append(toQ(n).toHtmlEscaped());
    return out.join(", ");
}

}  // namespace

IssuesDock::IssuesDock(QWidget* parent) : DocumentDock("issuesDock", parent), mSummary(new QLabel), mList(new QListWidget)
{
    mSummary->setObjectName("parseSummary");
    mSummary->setWordWrap(true);
    mSummary->setTextFormat(Qt::RichText);
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mSummary->setContentsMargins(4, 2, 4, 2);
    mList->setObjectName("issuesList");
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(mSummary);
    layout->addWidget(mList, 1);
    layout->addStretch(0);  // takes the room while the list is hidden
    setWidget(box);
    // One click selects, as the README says; Enter or a double click does the same.
    auto select = [this](QListWidgetItem* item) {
        if (ModelDocument* doc = document(); doc && item)
            doc->select(ModelDocument::Side::Original, {item->data(Qt::UserRole).toString()}, "issues");
    };
    connect(mList, &QListWidget::itemClicked, this, select);
    connect(mList, &QListWidget::itemActivated, this, select);
    retranslateUi();
}

int IssuesDock::count() const { return mList->count(); }

QString IssuesDock::summaryText() const
{
    QTextDocument text;
    text.setHtml(mSummary->text());
    return text.toPlainText();
}

void IssuesDock::documentChanged()
{
    if (ModelDocument* doc = document()) connect(doc, &ModelDocument::parseFinished, this, &IssuesDock::refresh);
    refresh();
}

void IssuesDock::retranslateUi()
{
    setWindowTitle(tr("Issues"));
    refresh();
}

QString IssuesDock::summaryHtml() const
{
    const ModelDocument* doc = document();
    if (!doc || !doc->hasParse() || doc->isHarOnly()) return {};
    const ParseReport& r = doc->report();
    const SourceGraph& src = doc->source();
    const auto scope = src.scope(r.startNodes, r.endNodes);
    int running = 0, inScope = 0;
    std::map<std::string, int> outsideOps;
    for (const SourceNode& n : src.nodes) {
        if (n.support == NodeSupport::Constant) continue;
        ++running;
        if (scope.count(n.name)) ++inScope;
        else ++outsideOps[n.op];
    }
    QString html;
    if (r.ok())
        html += tr("<b>Parsed</b> %1 of %2 nodes into %n layer(s).", "", int(doc->graph().size())).arg(inScope).arg(running);
    else
        html += tr("<b>Not parsed:</b> %n node(s) inside the scope have no conversion. Move the end node before them or the "
                   "start node after them (right-click a node), then Re-parse.", "", doc->unsupportedNodesInScope());
    if (r.suggestionApplied) {
        html += "<br>" + tr("The whole model does not parse, so the suggested scope was applied (as <tt>dfc parser -y</tt>):");
        html += "<ul style='margin: 0'>";
        for (const auto& reason : r.suggestionReasons) html += "<li>" + ParseReasons::describe(reason).toHtmlEscaped() + "</li>";
        html += "</ul>";
    }
    html += "<br>" + tr("Start: %1 · End: %2")
                         .arg(r.startNodes.empty() ? tr("the model's inputs") : nameList(r.startNodes),
                              r.endNodes.empty() ? tr("the model's outputs") : nameList(r.endNodes));
    const int outside = running - inScope;
    if (outside > 0) {
        // The most frequent operators first; a long tail is counted, not listed.
        std::vector<std::pair<int, std::string>> byCount;
        for (const auto& [op, n] : outsideOps) byCount.emplace_back(-n, op);
        std::sort(byCount.begin(), byCount.end());
        QStringList ops;
        for (size_t i = 0; i < byCount.size() && i < 6; ++i) ops.append(QString("%1 × %2").arg(-byCount[i].first).arg(toQ(byCount[i].second)));
        if (byCount.size() > 6) ops.append(tr("%n more operator type(s)", "", int(byCount.size() - 6)));
        html += "<br>" + tr("<b>Outside the scope:</b> %n node(s), which the host runs around the accelerator: %1.", "", outside)
                             .arg(ops.join(", ").toHtmlEscaped());
    }
    return html;
}

void IssuesDock::refresh()
{
    mList->clear();
    const QString summary = summaryHtml();
    mSummary->setText(summary);
    mSummary->setVisible(!summary.isEmpty());
    ModelDocument* doc = document();
    if (!doc || !doc->hasParse()) {
        mList->hide();
        emit contentChanged();
        return;
    }
    const ParseReport& r = doc->report();
    const auto scope = doc->source().scope(r.startNodes, r.endNodes);
    for (const SourceNode& n : doc->source().nodes) {
        if (n.support != NodeSupport::Unsupported) continue;
        const QString where = ParseReasons::advice(n.reason, scope.count(n.name) != 0);
        auto* item = new QListWidgetItem(QIcon::fromTheme("dialog-warning"),
                                         QString("%1 (%2): %3 — %4").arg(toQ(n.name), toQ(n.op), ParseReasons::describe(n.reason), where));
        item->setData(Qt::UserRole, toQ(n.name));
        mList->addItem(item);
    }
    mList->setVisible(mList->count() > 0);  // no empty white box under the summary
    emit contentChanged();
}

}  // namespace dfc::ui
