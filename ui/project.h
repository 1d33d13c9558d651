#pragma once
// A Studio project: one JSON file listing its models (paths relative to the project file), each
// with its start/end nodes, input shapes, target and view state, and whether the models' HARs
// are saved beside it. Saved atomically.
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace dfc::ui {

struct ProjectModel {
    QString path;  ///< absolute in memory, relative in the file
    QStringList startNodes, endNodes;
    QJsonObject inputShapes;  ///< name → [dims]
    QJsonObject view;         ///< splitter sizes, zoom … (opaque to the project)
    QString hwArch;           ///< the target; empty in projects saved before targets were chosen
    QString modelScript;      ///< the optimize stage's script (.alls text)
    QJsonArray optimizationRuns;  ///< the document's run history (opaque to the project)
    QString hostLink;             ///< the profiler's PCIe link ("gen2x1"); empty: the module's
    QJsonArray compiles;          ///< the document's compile history with reports (opaque to the project)
};

struct Project {
    QString filePath;
    QList<ProjectModel> models;
    /// Whether each parsed model's HAR is saved beside the project (unset: the user was not asked).
    std::optional<bool> saveHars;

    /// Throws std::runtime_error with a readable message on unreadable or malformed files.
    static Project load(const QString& path);
    /// Atomic (QSaveFile); throws std::runtime_error on failure.
    void save(const QString& path) const;
};

}  // namespace dfc::ui
