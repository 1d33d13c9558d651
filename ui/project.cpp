#include "project.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <stdexcept>

namespace dfc::ui {
namespace {

constexpr const char* kFormat = "dataflow-studio-project";

QJsonArray toArray(const QStringList& l)
{
    QJsonArray a;
    for (const QString& s : l) a.append(s);
    return a;
}

QStringList toList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray()) out.append(s.toString());
    return out;
}

[[noreturn]] void failWith(const QString& text) { throw std::runtime_error(text.toStdString()); }

}  // namespace

Project Project::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) failWith(path + ": " + f.errorString());
    if (f.size() > (64 << 20)) failWith(path + ": project file is too large");
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError)
        failWith(QString("%1: invalid JSON at byte %2: %3").arg(path).arg(err.offset).arg(err.errorString()));
    const QJsonObject root = doc.object();
    if (root.value("format").toString() != kFormat) failWith(path + ": not a Dataflow Studio project");
    Project p;
    p.filePath = QFileInfo(path).absoluteFilePath();
    const QDir base = QFileInfo(path).absoluteDir();
    for (const QJsonValue& v : root.value("models").toArray()) {
        const QJsonObject m = v.toObject();
        if (!m.value("path").isString()) failWith(path + ": a model entry has no path");
        p.models.append({QDir::cleanPath(base.absoluteFilePath(m.value("path").toString())), toList(m.value("start_node_names")),
                         toList(m.value("end_node_names")), m.value("net_input_shapes").toObject(), m.value("view").toObject(),
                         m.value("hw_arch").toString(), m.value("model_script").toString(),
                         m.value("optimization_runs").toArray(), m.value("host_link").toString(),
                         m.value("compiles").toArray()});
    }
    if (root.value("save_hars").isBool()) p.saveHars = root.value("save_hars").toBool();
    return p;
}

void Project::save(const QString& path) const
{
    const QDir base = QFileInfo(path).absoluteDir();
    QJsonArray models;
    for (const ProjectModel& m : this->models)
        models.append(QJsonObject{{"path", base.relativeFilePath(m.path)},
                                  {"start_node_names", toArray(m.startNodes)},
                                  {"end_node_names", toArray(m.endNodes)},
                                  {"net_input_shapes", m.inputShapes},
                                  {"hw_arch", m.hwArch},
                                  {"model_script", m.modelScript},
                                  {"optimization_runs", m.optimizationRuns},
                                  {"host_link", m.hostLink},
                                  {"compiles", m.compiles},
                                  {"view", m.view}});
    QJsonObject root{{"format", kFormat}, {"version", 1}, {"models", models}};
    if (saveHars) root.insert("save_hars", *saveHars);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) failWith(path + ": " + f.errorString());
    f.write(QJsonDocument(root).toJson());
    if (!f.commit()) failWith(path + ": " + f.errorString());
}

}  // namespace dfc::ui
