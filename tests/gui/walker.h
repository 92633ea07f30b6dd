#pragma once

// A screen-reader walk through QAccessible, the interface the AT-SPI bridge reads on Linux:
// what is in the accessible tree (by roles, names, descriptions, values and text, never by
// pixels), whether every visible text is in it, whether its order follows the screen, where
// focus is, and which controls Tab reaches. Each check returns its problems as lines, so one
// run of a page lists everything wrong with it.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QStackedWidget>
#include <QTabBar>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>

namespace tightside::gui::testing {

/// One node of the accessible tree as a screen reader meets it.
struct AccessNode
{
    QAccessibleInterface* face = nullptr;
    QObject* object = nullptr;
    QAccessible::Role role = QAccessible::NoRole;
    QString name;
    QString description;
    QString value;
    /// The text interface's whole text (a text view, an editor), else empty.
    QString text;
    QRect rect;
    int depth = 0;
    /// Index of the parent node in the walk, -1 for the root.
    int parent = -1;

    /// Everything a screen reader can say for this node.
    QString spoken() const
    {
        return name + QLatin1Char('\n') + description + QLatin1Char('\n') + value +
               QLatin1Char('\n') + text;
    }
};

/// Whitespace folded, the & of mnemonics and rich text removed: text as heard.
inline QString heard(const QString& text)
{
    QString plain =
        Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    plain.replace(QChar(0x2022), QLatin1Char(' '));
    plain.replace(QChar(0x00a0), QLatin1Char(' '));
    static const QRegularExpression amp(QStringLiteral("&(?!&)"));
    plain.remove(amp);
    return plain.simplified();
}

inline QString describeObject(const QObject* object)
{
    if (object == nullptr) {
        return QStringLiteral("(no object)");
    }
    const QObject* parent = object->parent();
    return QStringLiteral("%1 (%2) in %3")
        .arg(object->objectName(), QString::fromLatin1(object->metaObject()->className()),
             parent != nullptr ? parent->objectName() + QLatin1Char('/') +
                                     QString::fromLatin1(parent->metaObject()->className())
                               : QString());
}

/// The accessible tree under `root`, depth first in the order a reader walks it. Invisible
/// nodes (and everything under them) are left out: a screen reader skips them too.
inline QList<AccessNode> accessTree(QWidget* root)
{
    QList<AccessNode> nodes;
    const auto visit = [&nodes](auto&& self, QAccessibleInterface* face, int depth,
                                int parent) -> void {
        if (face == nullptr || !face->isValid() || face->state().invisible || depth > 60) {
            return;
        }
        AccessNode node;
        node.face = face;
        node.object = face->object();
        node.role = face->role();
        node.name = heard(face->text(QAccessible::Name));
        node.description = heard(face->text(QAccessible::Description));
        node.value = heard(face->text(QAccessible::Value));
        if (QAccessibleTextInterface* text = face->textInterface()) {
            node.text = heard(text->text(0, text->characterCount()));
        }
        if (QAccessibleValueInterface* value = face->valueInterface()) {
            if (node.value.isEmpty()) {
                node.value = value->currentValue().toString();
            }
        }
        node.rect = face->rect();
        node.depth = depth;
        node.parent = parent;
        nodes << node;
        const int self_index = static_cast<int>(nodes.size()) - 1;
        for (int i = 0; i < face->childCount(); ++i) {
            self(self, face->child(i), depth + 1, self_index);
        }
    };
    visit(visit, QAccessible::queryAccessibleInterface(root), 0, -1);
    return nodes;
}

/// A widget a person operates (and so must reach by Tab and hear by name), not a part of one.
inline bool isControl(const QWidget* widget)
{
    if (qobject_cast<const QScrollBar*>(widget) != nullptr ||
        qobject_cast<const QHeaderView*>(widget) != nullptr) {
        return false;
    }
    const QWidget* parent = widget->parentWidget();
    // The scroll buttons of a tab bar, the text field inside a spin box or a combo box, the
    // corner button of a table: parts of the control around them.
    if (parent != nullptr && (qobject_cast<const QTabBar*>(parent) != nullptr ||
                              qobject_cast<const QAbstractSpinBox*>(parent) != nullptr ||
                              qobject_cast<const QComboBox*>(parent) != nullptr ||
                              qobject_cast<const QAbstractItemView*>(parent) != nullptr)) {
        return false;
    }
    return qobject_cast<const QAbstractButton*>(widget) != nullptr ||
           qobject_cast<const QAbstractSlider*>(widget) != nullptr ||
           qobject_cast<const QAbstractSpinBox*>(widget) != nullptr ||
           qobject_cast<const QComboBox*>(widget) != nullptr ||
           qobject_cast<const QLineEdit*>(widget) != nullptr ||
           qobject_cast<const QTextEdit*>(widget) != nullptr ||
           qobject_cast<const QPlainTextEdit*>(widget) != nullptr ||
           qobject_cast<const QAbstractItemView*>(widget) != nullptr ||
           qobject_cast<const QTabBar*>(widget) != nullptr;
}

/// True when `widget` and all its parents up to `root` are shown and it has a size.
inline bool onScreen(const QWidget* widget, const QWidget* root)
{
    return widget->isVisible() && widget->width() > 0 && widget->height() > 0 &&
           (widget == root || root->isAncestorOf(widget));
}

/// The text a widget shows on screen, as heard; empty for widgets that show none of their own.
inline QString shownText(const QWidget* widget)
{
    if (const auto* label = qobject_cast<const QLabel*>(widget)) {
        return heard(label->text());
    }
    if (const auto* box = qobject_cast<const QGroupBox*>(widget)) {
        return heard(box->title());
    }
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
        return heard(button->text());
    }
    return {};
}

/// Every visible text under `root` must be heard: some node of the tree says it. A text that
/// only shows as pixels (a label whose accessible name replaced its words) fails.
inline QStringList unheardTexts(QWidget* root, const QList<AccessNode>& tree)
{
    QStringList problems;
    QString all;
    for (const AccessNode& node : tree) {
        all += node.spoken() + QLatin1Char('\n');
    }
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!onScreen(widget, root)) {
            continue;
        }
        QString text = shownText(widget);
        if (qobject_cast<QAbstractButton*>(widget) != nullptr) {
            // "Next >": the arrow is decoration, the name says "Next".
            // "Choose...": so are the dots.
            text.remove(QLatin1Char('<')).remove(QLatin1Char('>')).remove(QStringLiteral("..."));
        }
        if (text.isEmpty()) {
            continue;
        }
        // Each line on its own: a list is heard item by item.
        for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString words = line.simplified();
            if (!words.isEmpty() && !all.contains(words, Qt::CaseInsensitive)) {
                problems << QStringLiteral("shown but not heard: \"%1\" of %2")
                                .arg(words.left(80), describeObject(widget));
            }
        }
    }
    return problems;
}

/// Every control has a name, and a role that says what it is.
inline QStringList unnamedControls(QWidget* root, const QList<AccessNode>& tree)
{
    QStringList problems;
    QSet<QObject*> inTree;
    for (const AccessNode& node : tree) {
        inTree.insert(node.object);
    }
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!onScreen(widget, root) || !isControl(widget)) {
            continue;
        }
        if (!inTree.contains(widget)) {
            problems << QStringLiteral("control not in the tree: ") + describeObject(widget);
            continue;
        }
        QAccessibleInterface* face = QAccessible::queryAccessibleInterface(widget);
        const QString name = heard(face->text(QAccessible::Name));
        if (name.isEmpty()) {
            problems << QStringLiteral("control without a name: ") + describeObject(widget);
        }
        const QAccessible::Role role = face->role();
        if (role == QAccessible::NoRole || role == QAccessible::Client) {
            problems << QStringLiteral("control without a role: ") + describeObject(widget);
        }
        // A name that is only the value tells nothing about what is chosen.
        const QString value = heard(face->text(QAccessible::Value));
        if (role == QAccessible::ComboBox && !value.isEmpty() && name == value) {
            problems << QStringLiteral("named after its value \"%1\": %2")
                            .arg(value, describeObject(widget));
        }
        // Editable and read-only at once is a contradiction a reader announces.
        const QAccessible::State state = face->state();
        if (state.editable && state.readOnly) {
            problems << QStringLiteral("both editable and read-only: ") + describeObject(widget);
        }
    }
    return problems;
}

/// Containers that hold text a reader enters (frames, panels, groups, stacks, cells) carry a
/// name, so "panel" is never all a reader hears; and no node is of an unknown kind.
inline QStringList unnamedNodes(const QList<AccessNode>& tree)
{
    QStringList problems;
    for (qsizetype i = 0; i < tree.size(); ++i) {
        const AccessNode& node = tree[i];
        if (node.role == QAccessible::NoRole) {
            problems << QStringLiteral("node of no role: ") + describeObject(node.object);
            continue;
        }
        const bool container =
            node.role == QAccessible::Border || node.role == QAccessible::Grouping ||
            node.role == QAccessible::Pane || node.role == QAccessible::LayeredPane ||
            node.role == QAccessible::Cell;
        if (!container || !node.name.isEmpty()) {
            continue;
        }
        bool holdsText = false;
        for (qsizetype j = i + 1; j < tree.size() && tree[j].depth > node.depth; ++j) {
            holdsText = holdsText || !tree[j].name.isEmpty();
        }
        if (holdsText || node.role == QAccessible::Cell) {
            problems << QStringLiteral("unnamed %1 node: %2")
                            .arg(QString::number(node.role, 16), describeObject(node.object));
        }
    }
    return problems;
}

/// The same words must not be heard twice: a label that repeats the name of the control it
/// labels (a reader says the question, then the box with the question again).
inline QStringList heardTwice(const QList<AccessNode>& tree)
{
    QStringList problems;
    QSet<QString> controlNames;
    for (const AccessNode& node : tree) {
        switch (node.role) {
        case QAccessible::CheckBox:
        case QAccessible::RadioButton:
        case QAccessible::PushButton:
        case QAccessible::Slider:
        case QAccessible::SpinBox:
        case QAccessible::EditableText:
            if (!node.name.isEmpty()) {
                controlNames.insert(node.name.toLower());
            }
            break;
        default:
            break;
        }
    }
    for (const AccessNode& node : tree) {
        if (node.role == QAccessible::StaticText && controlNames.contains(node.name.toLower())) {
            problems << QStringLiteral("heard twice (label and control): \"%1\" of %2")
                            .arg(node.name.left(80), describeObject(node.object));
        }
    }
    return problems;
}

/// Reading order follows the screen: among the children of one node, a later one is never
/// wholly above an earlier one in the same column, nor wholly left of it in the same row.
inline QStringList outOfOrder(const QList<AccessNode>& tree)
{
    QStringList problems;
    for (qsizetype p = 0; p < tree.size(); ++p) {
        QList<const AccessNode*> children;
        for (qsizetype j = p + 1; j < tree.size() && tree[j].depth > tree[p].depth; ++j) {
            // Grips and scroll bars are parts of their container, not something read.
            const QAccessible::Role role = tree[j].role;
            if (tree[j].parent == p && tree[j].rect.isValid() && !tree[j].rect.isEmpty() &&
                role != QAccessible::Grip && role != QAccessible::Separator &&
                role != QAccessible::ScrollBar) {
                children << &tree[j];
            }
        }
        for (qsizetype a = 0; a < children.size(); ++a) {
            for (qsizetype b = a + 1; b < children.size(); ++b) {
                const QRect first = children[a]->rect;
                const QRect later = children[b]->rect;
                const bool sameColumn =
                    later.left() < first.right() && first.left() < later.right();
                const bool sameRow = later.top() < first.bottom() && first.top() < later.bottom();
                const bool above = later.bottom() <= first.top();
                const bool leftOf = later.right() <= first.left();
                if ((sameColumn && above) || (sameRow && !above && leftOf)) {
                    problems << QStringLiteral("read before what is %1 it: \"%2\" (%3) after "
                                               "\"%4\" (%5)")
                                    .arg(above ? QStringLiteral("below")
                                               : QStringLiteral("right of"),
                                         children[b]->name.left(50),
                                         describeObject(children[b]->object),
                                         children[a]->name.left(50),
                                         describeObject(children[a]->object));
                }
            }
        }
    }
    return problems;
}

/// Focus is on a control a person can see and use.
inline QStringList focusProblems(QWidget* window)
{
    QWidget* focus = QApplication::focusWidget();
    if (focus == nullptr) {
        return {QStringLiteral("focus is on nothing")};
    }
    if (focus != window && !window->isAncestorOf(focus)) {
        return {QStringLiteral("focus is outside the window: ") + describeObject(focus)};
    }
    if (!onScreen(focus, window) || !focus->isEnabled() ||
        (focus->focusPolicy() & Qt::TabFocus) == 0 || focus == window) {
        return {QStringLiteral("focus is on something not focusable: ") + describeObject(focus)};
    }
    return {};
}

/// Presses Tab from where focus is until it comes round again, and returns every visible
/// control it never reached.
inline QStringList notReachedByTab(QWidget* window, QWidget* root)
{
    QWidget* start = QApplication::focusWidget();
    if (start == nullptr) {
        window->setFocus();
        start = window;
    }
    QSet<QWidget*> reached{start};
    QStringList path{start->objectName()};
    bool stuck = false;
    QWidget* focus = start;
    for (int i = 0; i < 400; ++i) {
        QTest::keyClick(focus, Qt::Key_Tab);
        QWidget* now = QApplication::focusWidget();
        if (now == focus) {
            // Tab left focus where it was: a trap (say, a control handing focus to a hidden
            // part). Nothing after it can be reached.
            stuck = true;
            break;
        }
        if (now == nullptr || now == start) {
            break;
        }
        reached.insert(now);
        path << now->objectName() + QLatin1Char(':') +
                    QString::fromLatin1(now->metaObject()->className());
        focus = now;
    }
    QStringList problems;
    if (stuck) {
        problems << QStringLiteral("Tab is stuck on: ") + describeObject(focus);
    }
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!onScreen(widget, root) || !widget->isEnabled() || !isControl(widget)) {
            continue;
        }
        bool got = false;
        for (QWidget* hit : reached) {
            got = got || hit == widget || widget->isAncestorOf(hit) ||
                  hit->focusProxy() == widget || widget->focusProxy() == hit;
        }
        if (!got) {
            problems << QStringLiteral("not reached by Tab: %1 (Tab went: %2)")
                            .arg(describeObject(widget), path.join(QStringLiteral(", ")));
        }
    }
    return problems;
}

/// The two screens every page is checked on: a 1366x768 laptop and a 1024x600 netbook, as a
/// QSize column "size" of a data-driven test.
inline void addScreenSizes()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1024x600") << QSize(1024, 600);
}

/// The page the check shows now (the flow's stack of pages is named "checkPages").
inline QWidget* currentCheckPage(QWidget* flow)
{
    auto* pages = flow->findChild<QStackedWidget*>(QStringLiteral("checkPages"));
    return pages != nullptr ? pages->currentWidget() : nullptr;
}

/// Everything above for the page on screen now, each line prefixed with `page`.
inline QStringList auditPage(QWidget* window, const QString& page, bool checkTab = true)
{
    QCoreApplication::processEvents();
    // Widgets made by the last event (History's cards) are placed before they are read.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QList<AccessNode> tree = accessTree(window);
    QStringList problems;
    problems << focusProblems(window);
    problems << unheardTexts(window, tree);
    problems << unnamedControls(window, tree);
    problems << unnamedNodes(tree);
    problems << heardTwice(tree);
    problems << outOfOrder(tree);
    if (checkTab) {
        problems << notReachedByTab(window, window);
    }
    problems.removeDuplicates();
    for (QString& line : problems) {
        line.prepend(page + QStringLiteral(": "));
    }
    return problems;
}

} // namespace tightside::gui::testing
