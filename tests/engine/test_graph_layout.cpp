// Graph layouts for the viewers: the layered layout used above 1,500 nodes (geometry that must
// hold: no overlaps, edges downward between their nodes, chains straight, cycles survive,
// crossings removed where a crossing-free order exists) and `dot` below; and the IR graph's
// editing at 10k layers (names stay the smallest free ones after removals).
#include <QtTest>

#include <numeric>
#include <random>

#include "importers/onnx/onnx_importer.h"
#include "io/atomic_file.h"
#include "io/graph_layout.h"
#include "ir/graph.h"
#include "ir/layer_kind.h"
#include "zoo/onnx_builder.h"

using namespace dfc;

namespace {

LayoutRequest chainRequest(int n)
{
    LayoutRequest r;
    for (int i = 0; i < n; ++i) r.nodes.push_back({"n" + std::to_string(i), 100.0 + (i % 3) * 40, 40});
    for (int i = 0; i + 1 < n; ++i) r.edges.emplace_back("n" + std::to_string(i), "n" + std::to_string(i + 1));
    return r;
}

/// A random DAG: each node feeds 1–3 later nodes within a window.
LayoutRequest randomDag(int n, unsigned seed)
{
    std::mt19937 rng(seed);
    LayoutRequest r;
    for (int i = 0; i < n; ++i) r.nodes.push_back({"v" + std::to_string(i), double(60 + rng() % 120), 40});
    for (int i = 0; i + 1 < n; ++i)
        for (unsigned k = 0; k < 1 + rng() % 3; ++k) {
            const int j = std::min(n - 1, i + 1 + int(rng() % 12));
            r.edges.emplace_back("v" + std::to_string(i), "v" + std::to_string(j));
        }
    return r;
}

/// Every node placed inside the bounds; boxes on one row never overlap.
void checkGeometry(const LayoutRequest& r, const GraphLayout& g)
{
    QCOMPARE(g.nodes.size(), r.nodes.size());
    std::map<double, std::vector<GraphLayout::Box>> rows;
    for (const auto& [id, b] : g.nodes) {
        QVERIFY2(b.x - b.width / 2 >= -0.5 && b.x + b.width / 2 <= g.width + 0.5, id.c_str());
        QVERIFY2(b.y - b.height / 2 >= -0.5 && b.y + b.height / 2 <= g.height + 0.5, id.c_str());
        rows[b.y].push_back(b);
    }
    for (auto& [y, row] : rows) {
        std::sort(row.begin(), row.end(), [](auto& a, auto& b) { return a.x < b.x; });
        for (size_t i = 1; i < row.size(); ++i)
            QVERIFY2(row[i - 1].x + row[i - 1].width / 2 < row[i].x - row[i].width / 2, "overlapping boxes in a row");
    }
    QCOMPARE(g.edges.size(), r.edges.size());
    for (const auto& e : g.edges) {
        QVERIFY(e.points.size() >= 4 && (e.points.size() - 1) % 3 == 0);  // p0 then (c1, c2, p)…
        const auto& from = g.nodes.at(e.from);
        const auto& to = g.nodes.at(e.to);
        QCOMPARE(e.points.front().first, from.x);
        QCOMPARE(e.points.back().first, to.x);
    }
}

}  // namespace

class TestGraphLayout : public QObject {
    Q_OBJECT

private slots:
    void chainIsOneStraightColumn()
    {
        const LayoutRequest r = chainRequest(3000);
        const GraphLayout g = layoutLayered(r);
        checkGeometry(r, g);
        for (int i = 1; i < 3000; ++i) {
            const auto& a = g.nodes.at("n" + std::to_string(i - 1));
            const auto& b = g.nodes.at("n" + std::to_string(i));
            QCOMPARE(b.x, a.x);  // straight, whatever the widths
            QVERIFY(b.y > a.y);
        }
        for (const auto& e : g.edges) QVERIFY(e.points.front().second < e.points.back().second);  // downwards
    }

    void randomDagsHaveSoundGeometry()
    {
        for (unsigned seed : {1u, 2u, 3u}) {
            const LayoutRequest r = randomDag(2500, seed);
            const GraphLayout g = layoutLayered(r);
            checkGeometry(r, g);
            for (const auto& [a, b] : r.edges) QVERIFY(g.nodes.at(a).y < g.nodes.at(b).y);  // ranks respect edges
        }
    }

    void treeWithShuffledInsertionHasNoCrossings()
    {
        // A binary tree listed in an order that crosses edges; the ordering sweeps must undo it.
        LayoutRequest r;
        std::vector<int> ids(255);
        std::iota(ids.begin(), ids.end(), 0);
        std::shuffle(ids.begin(), ids.end(), std::mt19937(7));
        for (int i : ids) r.nodes.push_back({"t" + std::to_string(i), 60, 30});
        for (int i = 1; i < 255; ++i) r.edges.emplace_back("t" + std::to_string((i - 1) / 2), "t" + std::to_string(i));
        const GraphLayout g = layoutLayered(r);
        checkGeometry(r, g);
        // Between two rows, parents' left-to-right order must match their children's.
        for (const auto& [p1, c1] : r.edges)
            for (const auto& [p2, c2] : r.edges)
                if (g.nodes.at(p1).y == g.nodes.at(p2).y && g.nodes.at(p1).x < g.nodes.at(p2).x) QVERIFY(g.nodes.at(c1).x <= g.nodes.at(c2).x);
    }

    void cyclesAndSelfLoopsAndUnknownEndsAreSurvived()
    {
        LayoutRequest r = chainRequest(5);
        r.edges.emplace_back("n4", "n0");  // a cycle
        r.edges.emplace_back("n2", "n2");  // a self loop: not drawn
        r.edges.emplace_back("n1", "ghost");  // an end nobody declared: not drawn
        r.nodes.push_back(r.nodes[0]);  // a duplicate node id: placed once
        const GraphLayout g = layoutLayered(r);
        QCOMPARE(g.nodes.size(), size_t(5));
        QCOMPARE(g.edges.size(), size_t(5));
        const auto back = std::find_if(g.edges.begin(), g.edges.end(), [](auto& e) { return e.from == "n4"; });
        QVERIFY(back != g.edges.end());
        QCOMPARE(back->points.front().first, g.nodes.at("n4").x);  // drawn from its own source
        QVERIFY(layoutLayered({}).nodes.empty());
    }

    void tenThousandNodeModelLaysOut()
    {
        // The scale case of the Studio's benchmark: a 10k-node residual net, as the importer
        // sees it (the ONNX graph's own nodes and tensors).
        const onnx::ModelProto model = buildZooNetwork("deep_residual_1428");
        QVERIFY(model.graph().node_size() > 10000);
        LayoutRequest r;
        std::map<std::string, std::string> producer;
        for (const auto& n : model.graph().node()) {
            r.nodes.push_back({n.name(), 120, 40});
            for (const auto& o : n.output()) producer[o] = n.name();
        }
        for (const auto& n : model.graph().node())
            for (const auto& i : n.input())
                if (producer.count(i)) r.edges.emplace_back(producer[i], n.name());
        const GraphLayout g = layoutGraph(r);  // over the limit: the layered layout
        checkGeometry(r, g);
        // One column with the bypasses beside it: a bypass that pulled its block sideways would
        // shift the column a little per block, thousands of points over 1,428 blocks.
        QVERIFY2(g.width < 4 * 120, qPrintable(QString("width %1").arg(g.width)));
    }

    void smallGraphsStillUseDot()
    {
        // dot's bounding box has its 4-point margin; ours starts at the leftmost node.
        const LayoutRequest r = chainRequest(20);
        const GraphLayout viaDot = layoutGraph(r), direct = layoutWithDot(r);
        QCOMPARE(viaDot.width, direct.width);
        QCOMPARE(viaDot.nodes.at("n7").y, direct.nodes.at("n7").y);
    }

    void freshNamesStaySmallestFreeAfterRemovals()
    {
        Graph g;
        for (int i = 0; i < 5000; ++i) g.addLayer("shortcut", "s");
        QVERIFY(g.find("s5000"));
        g.removeLayer("s17");
        g.removeLayer("s4000");
        QCOMPARE(g.freshName("s"), std::string("s17"));
        g.addLayer("shortcut", "s");
        QCOMPARE(g.freshName("s"), std::string("s4000"));
        g.addLayer("shortcut", "s");
        QCOMPARE(g.freshName("s"), std::string("s5001"));
        // Prefixes overlap: under "s1", s11…s19, s110…s199 and s1100…s1999 are taken.
        QCOMPARE(g.addLayer("shortcut", "s1").name, std::string("s11000"));
        g.removeLayer("s17");  // frees 7 under "s1" as well as 17 under "s"
        QCOMPARE(g.freshName("s1"), std::string("s17"));
        QCOMPARE(g.freshName("s"), std::string("s17"));
    }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "test_graph_layout.moc"
