#pragma once

// The words a page shows, for tests that read a page made of cards rather than one text box.

#include <QLabel>
#include <QStringList>
#include <QTextDocumentFragment>
#include <QWidget>

namespace tightside::gui::testing {

/// The plain text of every label under `root` that is not hidden (or would not be, once
/// `root` is shown), one a line, in the order the labels were made. Words behind a closed
/// disclosure, or rules not asked for, are left out, as a person does not see them.
inline QString pageText(const QWidget* root)
{
    QStringList lines;
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        if (label->text().isEmpty() || !label->isVisibleTo(root)) {
            continue;
        }
        lines << (label->textFormat() == Qt::PlainText
                      ? label->text()
                      : QTextDocumentFragment::fromHtml(label->text()).toPlainText());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace tightside::gui::testing
