#include "docks/document_dock.h"

#include <QEvent>

#include "model_document.h"

namespace dfc::ui {

DocumentDock::DocumentDock(const QString& objectName, QWidget* parent) : QDockWidget(parent)
{
    setObjectName(objectName);
}

void DocumentDock::setDocument(ModelDocument* document)
{
    if (mDocument) disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    documentChanged();
}

void DocumentDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QDockWidget::changeEvent(event);
}

}  // namespace dfc::ui
