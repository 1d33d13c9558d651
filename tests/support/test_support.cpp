#include "test_support.h"

#include <QFileInfo>

#include <cmath>
#include <limits>

#include <QProcess>

namespace dfc::test {

double excessError(const Tensor& a, const Tensor& e, double rtol, double atol, double* maxAbs)
{
    if (a.size() != e.size()) return std::numeric_limits<double>::infinity();
    double worst = -std::numeric_limits<double>::infinity(), biggest = 0;
    for (int64_t i = 0; i < a.size(); ++i) {
        const double x = a.data[i], y = e.data[i];
        if (std::isnan(x) && std::isnan(y)) continue;
        if (std::isinf(x) && x == y) continue;
        const double d = std::fabs(x - y);
        if (std::isnan(d)) return std::numeric_limits<double>::infinity();
        biggest = std::max(biggest, d);
        worst = std::max(worst, d - rtol * std::fabs(y) - atol);
    }
    if (maxAbs) *maxAbs = biggest;
    return worst;
}

bool allClose(const Tensor& a, const Tensor& e, double rtol, double atol)
{
    return excessError(a, e, rtol, atol) <= 0;
}

Tensor randomTensor(const Shape& shape, uint64_t seed)
{
    Tensor t(shape);
    // splitmix64 scrambles the seed: a small xorshift state yields near-constant first values.
    uint64_t s = seed + 0x9e3779b97f4a7c15ull;
    s = (s ^ (s >> 30)) * 0xbf58476d1ce4e5b9ull;
    s = (s ^ (s >> 27)) * 0x94d049bb133111ebull;
    s = (s ^ (s >> 31)) | 1;
    for (float& v : t.data) {
        s ^= s << 13, s ^= s >> 7, s ^= s << 17;
        v = static_cast<float>((s >> 11) * (1.0 / 9007199254740992.0)) * 2 - 1;
    }
    return t;
}

std::string assetCache()
{
    const QByteArray env = qgetenv("DFC_ASSET_CACHE");
    return env.isEmpty() ? std::string(DFC_ASSET_CACHE) : env.toStdString();
}

std::string assetModel(const std::string& file)
{
    const std::string p = assetCache() + "/models/" + file;
    if (!QFileInfo::exists(QString::fromStdString(p)))
        qFatal("%s is missing: run scripts/fetch-test-assets.sh", p.c_str());
    return p;
}

int runProgram(const std::string& program, const QStringList& args, QString* output, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QString::fromStdString(program), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        if (output) *output = "timed out";
        return -1;
    }
    if (output) *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

CalibrationSet randomCalibration(const Graph& g, int64_t size, uint64_t seed)
{
    CalibrationOptions o;
    o.random = true;
    o.size = size;
    o.seed = seed;
    return loadCalibrationSet(g, o);
}

}  // namespace dfc::test
