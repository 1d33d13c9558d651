#include "hef_checks.h"

#include <QtTest>

#include <cstring>

#include "emulator/quantized_executor.h"
#include "hef/hef.h"
#include "ir/layout.h"
#include "runtime/hef_runtime.h"
#include "script/model_script.h"
#include "script/script_parser.h"
#include "test_support.h"

namespace dfc::test {
namespace {

Tensor hostInput(const Layer& input, uint64_t seed, int64_t batch)
{
    Shape shape{batch};
    for (int64_t d : hostShape(input)) shape.push_back(d);
    Tensor t = randomTensor(shape, seed);
    for (float& v : t.data) v = 0.5f + 0.5f * v;  // mostly inside the calibration range [0, 1)
    return t;
}

bool sameBits(const Tensor& a, const Tensor& b)
{
    return a.shape == b.shape && std::memcmp(a.data.data(), b.data.data(), a.data.size() * sizeof(float)) == 0;
}

bool check(const Runner& runner, int batch)
{
    const HefRuntime runtime(readHef(runner.hef(), runner.graph().name + ".hef"));
    TensorsByName inputs;
    uint64_t seed = 7;
    for (const Layer* l : runner.graph().inputLayers()) inputs[l->name] = hostInput(*l, seed++, batch);
    const RuntimeRun hw = runtime.run(inputs);
    TensorsByName device;
    for (const auto& [name, t] : inputs) device[name] = hostDeviceSwap(runner.graph().layer(name), t);
    const QuantizedModel model = runner.quantizedModel();
    const QuantizedRun emulated = QuantizedExecutor(runner.graph(), model).run(device);
    [&] {
        QCOMPARE(hw.outputCodes.size(), emulated.outputCodes.size());
        for (const auto& [name, codes] : emulated.outputCodes) {
            QVERIFY2(hw.outputCodes.count(name), name.c_str());
            QCOMPARE(hw.outputCodes.at(name).shape, codes.shape);
            QVERIFY2(hw.outputCodes.at(name).data == codes.data, name.c_str());
        }
        // Host side: the runtime's dequantized (and swapped back) outputs are the Runner's
        // quantized emulation, float for float.
        const TensorsByName quantized = runner.infer(InferMode::Quantized, inputs);
        QCOMPARE(hw.outputs.size(), quantized.size());
        for (const auto& [name, t] : quantized) QVERIFY2(sameBits(hw.outputs.at(name), t), name.c_str());
        QCOMPARE(hw.contextMillis.size(), runner.allocation().contexts.size());
    }();
    return !QTest::currentTestFailed();
}

}  // namespace

Runner compiledRunner(const std::string& path, const ImportOptions& options, const std::string& optimizeScript,
                      const std::string& arch, const std::string& compileScript, int calibration)
{
    Runner runner(arch);
    const ParseReport report = runner.translate(path, options);
    if (!report.ok()) qFatal("%s did not parse", path.c_str());
    CalibrationOptions calib;
    calib.random = true;
    calib.size = calibration;
    runner.optimize(interpretScript(parseScript(optimizeScript, "o.alls"), &runner.graph()), calib);
    runner.compile(interpretScript(parseScript(compileScript, "c.alls"), &runner.graph()));
    return runner;
}

bool runtimeMatchesEmulator(const Runner& runner, int batch) { return check(runner, batch); }

}  // namespace dfc::test
