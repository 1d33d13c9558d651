#pragma once
// Layered layout of any node/edge graph with Graphviz `dot`, as plain coordinates (points,
// y growing downwards) for a viewer to draw. Thread-safe (Graphviz calls are serialized).
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace dfc {

struct LayoutRequest {
    struct Node {
        std::string id;
        double width = 120, height = 40;  ///< points
    };
    std::vector<Node> nodes;
    std::vector<std::pair<std::string, std::string>> edges;  ///< (from id, to id)
};

struct GraphLayout {
    struct Box {
        double x = 0, y = 0, width = 0, height = 0;  ///< centre and size, points
    };
    struct Edge {
        std::string from, to;
        std::vector<std::pair<double, double>> points;  ///< cubic Bézier: p0, (c1, c2, p)…
    };
    std::map<std::string, Box> nodes;
    std::vector<Edge> edges;
    double width = 0, height = 0;
};

GraphLayout layoutWithDot(const LayoutRequest& request);

/// Graphviz keeps global state: every use of it in the engine holds this lock.
std::mutex& graphvizMutex();

}  // namespace dfc
