#include "tightside/text/verdictwords.h"

#include <QCoreApplication>

namespace tightside::text {

QString verdictText(core::Verdict verdict)
{
    switch (verdict) {
    case core::Verdict::Better:
        return QCoreApplication::translate("tightside::text::Verdict", "better");
    case core::Verdict::Worse:
        return QCoreApplication::translate("tightside::text::Verdict", "worse");
    case core::Verdict::NoClearChange:
        break;
    }
    return QCoreApplication::translate("tightside::text::Verdict", "no clear change");
}

} // namespace tightside::text
