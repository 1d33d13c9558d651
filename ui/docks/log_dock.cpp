#include "docks/log_dock.h"

#include <QEvent>
#include <QPlainTextEdit>
#include <QTime>

namespace dfc::ui {

LogDock::LogDock(QWidget* parent) : QDockWidget(parent), mText(new QPlainTextEdit)
{
    setObjectName("logDock");
    mText->setReadOnly(true);
    setWidget(mText);
    setWindowTitle(tr("Log"));
}

void LogDock::append(const QString& message) { mText->appendPlainText(QTime::currentTime().toString("HH:mm:ss  ") + message); }

QString LogDock::text() const { return mText->toPlainText(); }

void LogDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) setWindowTitle(tr("Log"));
    QDockWidget::changeEvent(event);
}

}  // namespace dfc::ui
