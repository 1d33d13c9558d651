#pragma once
// Calibration data for a HAR's inputs, channel-last [N, H, W, C] per input layer, from: one .npy
// (single-input models), an .npz with one array per input, a directory of .npy files, a directory
// of PNG/JPEG images (decoded to RGB 0–255, resized bilinearly to the input), or seeded random
// data. Shapes and dtypes are checked against the graph with messages that name file and input;
// a small set is reported loudly (its warnings go into the HAR).
#include <map>
#include <string>
#include <vector>

#include "core/progress.h"
#include "ir/graph.h"
#include "script/model_script.h"

namespace dfc {

/// Where calibration (or evaluation) data comes from and how much of it to use. Zero sizes mean
/// the model script's calibration settings (model_optimization_config(calibration, …)), whose
/// defaults the script registry holds.
struct CalibrationOptions {
    std::string path;        ///< file or directory; empty with `random`
    bool random = false;     ///< --use-random-calib-set: uniform [0, 1)
    int64_t size = 0;        ///< calibset_size: items used at most (random: exactly); 0: the script's
    int64_t batchSize = 0;   ///< items per emulator batch; 0: the script's
    uint64_t seed = 0;
    /// When more than calibset_size items are read for a level's training: the calibset_size
    /// the set is judged against (0: `size`), so a set holding it is not called short.
    int64_t calibsetSize = 0;

    /// The zero sizes filled from `settings`.
    CalibrationOptions withDefaults(const CalibrationSettings& settings) const;
};

struct CalibrationSet {
    std::map<std::string, Tensor> inputs;  ///< input layer name → [N, H, W, C] as the device takes it ([N, W, H, C] after transpose())
    int64_t size = 0;
    std::string source;                    ///< what was read, for logs and the HAR
    std::vector<std::string> warnings;
};

CalibrationSet loadCalibrationSet(const Graph& graph, const CalibrationOptions& options, const Progress& progress = {});

/// A short hex digest (FNV-1a 64) of the set's input names, shapes and values: tells whether two
/// optimization runs saw the same data.
std::string calibrationFingerprint(const CalibrationSet& set);

/// The set's first `count` items (all of them when it holds fewer), same source.
CalibrationSet firstCalibrationItems(const CalibrationSet& set, int64_t count);

/// How many items of this graph's inputs fit in `bytes` of float data (at least 1).
int64_t calibrationItemsWithin(const Graph& graph, int64_t bytes);

/// Items [from, to) of the set as one input batch.
std::map<std::string, Tensor> calibrationBatch(const CalibrationSet& set, int64_t from, int64_t to);

/// Bilinear resize (half-pixel centres) of an 8-bit RGB image to [h, w, 3] floats.
Tensor resizeImageBilinear(const uint8_t* rgb, int width, int height, int64_t outH, int64_t outW);

/// Below this many items the set is called small (ranges of rare activations are missed).
constexpr int64_t kSmallCalibrationSet = 64;

}  // namespace dfc
