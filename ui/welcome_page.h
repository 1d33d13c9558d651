#pragma once
// The first page: new/open project, open a model, the demo model, recent projects (each with its
// latest compile's FPS when it has one).
#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace dfc::ui {

class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);
    /// `notes`: a line under a path (a project's latest compile: FPS, target, contexts).
    void setRecent(const QStringList& paths, const QHash<QString, QString>& notes = {});
    QString recentText(int row) const;
    void retranslateUi();

signals:
    void newProject();
    void openProject();
    void openModel();
    void openDemo();
    void openRecent(const QString& path);

private:
    QLabel* mTitle;
    QLabel* mHint;
    QLabel* mRecentTitle;
    QPushButton *mNew, *mOpen, *mModel, *mDemo;
    QListWidget* mRecent;
};

}  // namespace dfc::ui
