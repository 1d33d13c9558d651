#pragma once
// Helpers shared by the test suites: temporary folders, tolerance comparison, paths.
#include <string>

#include <QTemporaryDir>

#include "ir/graph.h"
#include "ir/tensor.h"
#include "quantizer/calibration_set.h"

namespace dfc::test {

/// Largest |a − b| − rtol·|b| over the tensors (≤ atol means close); +inf on shape mismatch.
double excessError(const Tensor& actual, const Tensor& expected, double rtol, double atol,
                   double* maxAbs = nullptr);
bool allClose(const Tensor& actual, const Tensor& expected, double rtol, double atol);
/// A tensor with values uniform in [-1, 1), deterministic for a seed.
Tensor randomTensor(const Shape& shape, uint64_t seed);

/// `size` random calibration items for the graph's inputs (the loader's generator, seeded).
CalibrationSet randomCalibration(const Graph& g, int64_t size, uint64_t seed);
/// The asset cache (fetched npm packages), from DFC_ASSET_CACHE or the build default.
std::string assetCache();
/// A fetched model file in the asset cache; fails the test run when it is missing.
std::string assetModel(const std::string& file);
/// Runs a program; returns its exit code and captures stdout+stderr into `output`.
int runProgram(const std::string& program, const QStringList& args, QString* output,
               int timeoutMs = 60000);

}  // namespace dfc::test
