#pragma once
// What the Studio did and what went wrong, for every document, newest last.
#include <QDockWidget>

class QPlainTextEdit;

namespace dfc::ui {

class LogDock : public QDockWidget {
    Q_OBJECT
public:
    explicit LogDock(QWidget* parent = nullptr);
    void append(const QString& message);
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    QPlainTextEdit* mText;
};

}  // namespace dfc::ui
