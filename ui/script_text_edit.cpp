#include "script_text_edit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHelpEvent>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStringListModel>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QToolTip>

#include "script/script_commands.h"

namespace dfc::ui {

namespace {

/// Colours of the .alls language: comments, strings, numbers, known commands, keyword names.
class ScriptHighlighter : public QSyntaxHighlighter {
public:
    explicit ScriptHighlighter(QTextDocument* doc) : QSyntaxHighlighter(doc)
    {
        mCommand.setForeground(QColor(20, 80, 170));
        mCommand.setFontWeight(QFont::Bold);
        mKeyword.setForeground(QColor(130, 60, 150));
        mNumber.setForeground(QColor(170, 90, 0));
        mString.setForeground(QColor(30, 130, 60));
        mComment.setForeground(QColor(120, 120, 120));
        mComment.setFontItalic(true);
    }

protected:
    void highlightBlock(const QString& text) override
    {
        static const QRegularExpression word("[A-Za-z_][A-Za-z0-9_]*"), number("\\b[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?\\b"),
            string("\"[^\"]*\"|'[^']*'");
        for (auto it = number.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), mNumber);
        }
        for (auto it = word.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const int end = int(m.capturedEnd());
            int next = end;
            while (next < text.size() && text[next].isSpace()) ++next;
            if (next < text.size() && text[next] == '(' && ScriptCommandRegistry::instance().find(m.captured().toStdString()))
                setFormat(int(m.capturedStart()), int(m.capturedLength()), mCommand);
            else if (next < text.size() && text[next] == '=' && (next + 1 >= text.size() || text[next + 1] != '='))
                setFormat(int(m.capturedStart()), int(m.capturedLength()), mKeyword);
        }
        for (auto it = string.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), mString);
        }
        if (const int hash = int(text.indexOf('#')); hash >= 0) setFormat(hash, int(text.size()) - hash, mComment);
    }

private:
    QTextCharFormat mCommand, mKeyword, mNumber, mString, mComment;
};

}  // namespace

ScriptTextEdit::ScriptTextEdit(QWidget* parent) : QPlainTextEdit(parent)
{
    setObjectName("scriptTextEdit");
    setFont(QFont("monospace"));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    new ScriptHighlighter(document());
    mWords = new QStringListModel(this);
    mCompleter = new QCompleter(mWords, this);
    mCompleter->setWidget(this);
    mCompleter->setCompletionMode(QCompleter::PopupCompletion);
    mCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    mCompleter->setModelSorting(QCompleter::CaseInsensitivelySortedModel);
    connect(mCompleter, qOverload<const QString&>(&QCompleter::activated), this, &ScriptTextEdit::insertCompletion);
}

void ScriptTextEdit::setCompletions(const QStringList& words)
{
    QStringList sorted = words;
    sorted.removeDuplicates();
    std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    mWords->setStringList(sorted);
}

/// A cursor at a 1-based line:col (clamped to the line); null when the line does not exist.
static QTextCursor cursorAt(QTextDocument* doc, int line, int column)
{
    const QTextBlock block = doc->findBlockByNumber(line - 1);
    if (!block.isValid()) return {};
    QTextCursor c(block);
    c.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::clamp(column - 1, 0, block.length() - 1));
    return c;
}

void ScriptTextEdit::setMarks(const QList<Mark>& marks)
{
    mMarks = marks;
    QList<QTextEdit::ExtraSelection> selections;
    for (const Mark& m : marks) {
        QTextCursor c = cursorAt(document(), m.line, m.column);
        if (c.isNull()) continue;
        c.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
        if (!c.hasSelection()) c.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor);  // a mark on punctuation
        QTextEdit::ExtraSelection s;
        s.cursor = c;
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(m.color);
        selections.append(s);
    }
    setExtraSelections(selections);
}

void ScriptTextEdit::goTo(int line, int column)
{
    const QTextCursor c = cursorAt(document(), line, column);
    if (c.isNull()) return;
    setTextCursor(c);
    ensureCursorVisible();
    setFocus();
}

QString ScriptTextEdit::wordUnderCursor() const
{
    QTextCursor c = textCursor();
    c.movePosition(QTextCursor::StartOfWord, QTextCursor::KeepAnchor);
    return c.selectedText();
}

void ScriptTextEdit::insertCompletion(const QString& word)
{
    QTextCursor c = textCursor();
    c.movePosition(QTextCursor::StartOfWord, QTextCursor::KeepAnchor);
    c.insertText(word);
    setTextCursor(c);
}

void ScriptTextEdit::keyPressEvent(QKeyEvent* event)
{
    QAbstractItemView* popup = mCompleter->popup();
    if (popup->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab: event->ignore(); return;  // the completer takes them
        default: break;
        }
    }
    const bool forced = event->modifiers().testFlag(Qt::ControlModifier) && event->key() == Qt::Key_Space;
    if (!forced) QPlainTextEdit::keyPressEvent(event);
    const QString prefix = wordUnderCursor();
    const bool wordKey = !event->text().isEmpty() && (event->text()[0].isLetterOrNumber() || event->text()[0] == '_');
    if (!forced && (!wordKey || prefix.size() < 2)) {
        popup->hide();
        return;
    }
    mCompleter->setCompletionPrefix(prefix);
    popup->setCurrentIndex(mCompleter->completionModel()->index(0, 0));
    QRect r = cursorRect();
    r.setWidth(popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width());
    mCompleter->complete(r);
}

bool ScriptTextEdit::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        QTextCursor c = cursorForPosition(help->pos() - QPoint(viewportMargins().left(), viewportMargins().top()));
        QString text;
        for (const Mark& m : mMarks)  // a finding under the mouse first
            if (c.blockNumber() == m.line - 1 && std::abs(c.positionInBlock() - (m.column - 1)) <= 12) text += m.tooltip + "\n";
        c.select(QTextCursor::WordUnderCursor);
        if (mHelp && !c.selectedText().isEmpty()) text += mHelp(c.selectedText());
        if (text.trimmed().isEmpty()) QToolTip::hideText();
        else QToolTip::showText(help->globalPos(), text.trimmed(), this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

}  // namespace dfc::ui
