#pragma once
// What an optimization level and a compression level switch on: the one table the quantizer's
// settings, `dfc optimize --explain-level` and the Studio's optimize wizard all read (user guide,
// model_optimization_flavor). A level's algorithms can still be switched one by one in the script.
#include <cstdint>
#include <string>
#include <vector>

namespace dfc {

struct OptimizationLevel {
    int level = 0;
    bool equalization = false;
    bool biasCorrection = false;   ///< iterative bias correction
    bool finetune = false;         ///< distillation fine-tuning (level 2)
    bool adaround = false;         ///< on every supported layer (train_all)
    int64_t adaroundImages = 0;    ///< calibration items AdaRound uses at this level
    int64_t recommendedImages = 0; ///< a calibration set at least this large suits the level
    std::string summary;           ///< one line: what runs
    std::string notRun;            ///< what the vendor's level also does and this version does not
};

/// -100, 0, 1, 2, 3, 4, in that order.
const std::vector<OptimizationLevel>& optimizationLevels();
/// The level's row, or nullptr for a level the table does not define.
const OptimizationLevel* findOptimizationLevel(int level);

struct CompressionLevel {
    int level = 0;
    double fourBitShare = 0;  ///< share of the weight memory put in 4 bits
    std::string summary;
};

/// 0 … 5.
const std::vector<CompressionLevel>& compressionLevels();
const CompressionLevel* findCompressionLevel(int level);

/// Several lines describing one optimization level (for --explain-level and tooltips).
std::string explainOptimizationLevel(const OptimizationLevel& level);

}  // namespace dfc
