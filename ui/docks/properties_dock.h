#pragma once
// Properties of the selected node or layer, whoever selected it (a view, Issues, Find, the
// start/end arrows): shapes, attributes, weights, parameter and MAC counts, the mapping between
// the original model and the parsed graph, and why a node is not supported. A compiled model
// also shows its binary: target, contexts, estimated FPS, and each boundary layer's stream.
#include "docks/document_dock.h"
#include "hef/hef.h"

class QTextBrowser;

namespace dfc::ui {

class PropertiesDock : public DocumentDock {
    Q_OBJECT
public:
    explicit PropertiesDock(QWidget* parent = nullptr);
    QString text() const;  ///< the shown properties as plain text

protected:
    void documentChanged() override;
    void retranslateUi() override;

private:
    void describeSelection();
    QString describeNode(const QString& name) const;
    QString describeLayer(const QString& name) const;

    QTextBrowser* mView;
};

}  // namespace dfc::ui
