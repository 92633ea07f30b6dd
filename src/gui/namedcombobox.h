#pragma once

#include <QComboBox>

namespace tightside::gui {

/// A combo box a screen reader names by what it chooses ("Speech engine"), with the choice as
/// its value ("Default"). On Linux, Qt names a plain QComboBox after its current text, so a
/// reader heard only "Default, combo box" and never what was being chosen.
class NamedComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NamedComboBox)

public:
    explicit NamedComboBox(QWidget* parent = nullptr);
};

} // namespace tightside::gui
