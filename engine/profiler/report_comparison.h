#pragma once
// Two profiler reports side by side (hailo8 against hailo8l, two scripts, two host links): the
// headline numbers before and after, and per layer its FPS, context and subclusters in each,
// largest relative change first. Reads only the report JSON (profile_report.h), so reports from
// files, projects and fresh compiles compare alike.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace dfc {

struct ReportMetricChange {
    std::string key;  ///< the report path: "performance.fps_batch_1", "contexts.count", …
    double before = 0, after = 0;
    bool higherIsBetter = true;
    /// after / before - 1 (0 when before is 0).
    double relativeChange() const { return before != 0 ? after / before - 1 : 0; }
    bool improved() const { return higherIsBetter ? after > before : after < before; }
};

struct LayerChange {
    std::string layer;
    double fpsBefore = 0, fpsAfter = 0;
    int contextBefore = -1, contextAfter = -1;
    int subclustersBefore = 0, subclustersAfter = 0;
    bool bottleneckBefore = false, bottleneckAfter = false;
    double relativeFpsChange() const { return fpsBefore > 0 ? fpsAfter / fpsBefore - 1 : 0; }
};

struct ReportComparison {
    std::string hwBefore, hwAfter;
    std::vector<ReportMetricChange> metrics;  ///< in reading order
    std::vector<LayerChange> layers;          ///< layers in both, largest |relative FPS change| first
    std::vector<std::string> onlyBefore, onlyAfter;
};

/// Compares `before` with `after`; a report missing a section is InvalidFormat naming it.
ReportComparison compareReports(const nlohmann::ordered_json& before, const nlohmann::ordered_json& after);

}  // namespace dfc
