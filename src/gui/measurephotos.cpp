#include "measurephotos.h"

#include "tightside/store/atomicwrite.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImageWriter>

namespace tightside::gui {
namespace {

constexpr int kJpegQuality = 90;

} // namespace

QString keepMeasuredPhotos(const QString& dataDir, const MeasuredPhotos& photos,
                           core::Session& session)
{
    if (photos.empty()) {
        return {};
    }
    const QString folder = QDir(dataDir).filePath(QStringLiteral("photos"));
    if (!QDir().mkpath(folder) ||
        !QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner)) {
        return QCoreApplication::translate("tightside::gui::MeasurePhotos",
                                           "The photos could not be kept: the folder %1 "
                                           "cannot be made.")
            .arg(folder);
    }
    QString error;
    for (const auto& [group, sides] : photos) {
        for (const auto& [side, image] : sides) {
            if (image.isNull()) {
                continue;
            }
            const QString name = QStringLiteral("%1-%2-%3.jpg")
                                     .arg(QString::fromStdString(session.id),
                                          QString::fromLatin1(core::regionId(group)),
                                          QString::fromLatin1(core::sideId(side)));
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QImageWriter writer(&buffer, "jpeg");
            writer.setQuality(kJpegQuality);
            if (!writer.write(image)) {
                error = QCoreApplication::translate("tightside::gui::MeasurePhotos",
                                                    "A photo could not be kept: %1")
                            .arg(writer.errorString());
                continue;
            }
            const auto written = store::writeFileAtomically(QDir(folder).filePath(name), bytes);
            if (!written) {
                error = QCoreApplication::translate("tightside::gui::MeasurePhotos",
                                                    "A photo could not be kept: %1")
                            .arg(written.error());
                continue;
            }
            session.photos[group][side] = "photos/" + name.toStdString();
        }
    }
    return error;
}

} // namespace tightside::gui
