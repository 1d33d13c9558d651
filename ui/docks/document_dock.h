#pragma once
// The base of the Studio's docks: a QDockWidget that follows the active document (setDocument,
// rebinding its signals) and retranslates itself on a language change. Each dock is one class
// with a stable object name, so the window's layout is saved and restored.
#include <QDockWidget>
#include <QPointer>

namespace dfc::ui {

class ModelDocument;

class DocumentDock : public QDockWidget {
    Q_OBJECT
public:
    DocumentDock(const QString& objectName, QWidget* parent = nullptr);

    /// The document the dock shows; nullptr when no model is open.
    void setDocument(ModelDocument* document);
    ModelDocument* document() const { return mDocument; }

protected:
    void changeEvent(QEvent* event) override;
    /// Connect to the new document's signals (the previous one's are already cut) and refresh.
    virtual void documentChanged() = 0;
    virtual void retranslateUi() = 0;

private:
    QPointer<ModelDocument> mDocument;
};

}  // namespace dfc::ui
