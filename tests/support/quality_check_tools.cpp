#include "quality_check_tools.h"

#include <chrono>
#include <fstream>
#include <stdexcept>

#include "io/npy.h"
#include "script/model_script.h"
#include "script/script_parser.h"
#include "test_support.h"

namespace dfc::test::quality {

void python(const QStringList& args)
{
    QString log;
    if (runProgram("/usr/bin/python3", args, &log, 120000) != 0)
        throw std::runtime_error((args.join(' ') + " failed: " + log).toStdString());
}

std::vector<std::string> readLines(const std::string& path)
{
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::vector<std::string> lines;
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    return lines;
}

QString toolScript(const char* name) { return QString(DFC_SOURCE_DIR) + "/tests/tools/" + name; }

namespace {

/// Runs a reference script under tools/reference on `model` with `inputs` written as .npy;
/// returns the folder its outputs went to.
std::string referenceRun(const char* script, const std::string& dir, const std::string& model, const TensorsByName& inputs)
{
    static int run = 0;
    const std::string out = dir + "/ref" + std::to_string(++run);
    QStringList args = {QString(DFC_SOURCE_DIR) + "/tools/reference/" + script, QString::fromStdString(model), QString::fromStdString(out)};
    for (const auto& [name, t] : inputs) {
        const std::string file = out + "_in" + std::to_string(args.size()) + ".npy";
        writeNpyFile(file, t);
        args << QString::fromStdString(name + "=" + file);
    }
    QString log;
    if (runProgram("node", args, &log, 300000) != 0) throw std::runtime_error(std::string(script) + " failed: " + log.toStdString());
    return out;
}

}  // namespace

Tensor onnxRuntime(const std::string& dir, const std::string& model, const TensorsByName& inputs, const std::string& output)
{
    return readNpyFile(referenceRun("ort_run.mjs", dir, model, inputs) + "/" + output + ".npy");
}

Tensor liteRt(const std::string& dir, const std::string& model, const TensorsByName& inputs, int index)
{
    return readNpyFile(referenceRun("tflite_run.mjs", dir, model, inputs) + "/output_" + std::to_string(index) + ".npy");
}

void parseWhole(const std::string& model, const std::string& input, const Shape& shape, const std::string& har, const std::string& what)
{
    Runner runner;
    ImportOptions options;
    if (!shape.empty()) options.inputShapes[input] = shape;
    if (!runner.translate(model, options).ok()) throw std::runtime_error(what + " did not parse whole");
    runner.saveHar(har);
}

QualityOutcome optimizeTimed(Runner& runner, const std::string& har, const std::string& calibration, const std::string& scriptText)
{
    runner.loadHar(har);
    const ModelScript script = interpretScript(parseScript(scriptText, "quality.alls"), &runner.graph());
    CalibrationOptions data;
    data.path = calibration;
    QualityOutcome o;
    const auto start = std::chrono::steady_clock::now();
    o.summary = runner.optimize(script, data);
    o.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return o;
}

}  // namespace dfc::test::quality
