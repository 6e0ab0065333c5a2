#include "ExactJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

namespace {
// A number is kept as this character followed by its text. Strings holding U+0000 are refused
// on input, so no string read from a file can look like a number.
const QChar NumberMark = QChar(0);

class TreeBuilder : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, TreeBuilder>
{
public:
    bool Null() { return add(QJsonValue(QJsonValue::Null)); }
    bool Bool(bool b) { return add(QJsonValue(b)); }
    bool RawNumber(const char *text, rapidjson::SizeType length, bool)
    {
        return add(QJsonValue(NumberMark + QString::fromUtf8(text, static_cast<qsizetype>(length))));
    }
    bool String(const char *text, rapidjson::SizeType length, bool)
    {
        const QString value = QString::fromUtf8(text, static_cast<qsizetype>(length));
        if (value.contains(NumberMark)) {
            m_error = ExactJson::tr("a text holds the character U+0000");
            return false;
        }
        return add(QJsonValue(value));
    }
    bool StartObject()
    {
        m_stack.append(Frame {true, {}, {}, {}});
        return true;
    }
    bool Key(const char *text, rapidjson::SizeType length, bool)
    {
        m_stack.last().key = QString::fromUtf8(text, static_cast<qsizetype>(length));
        return true;
    }
    bool EndObject(rapidjson::SizeType)
    {
        const QJsonObject object = m_stack.takeLast().object;
        return add(object);
    }
    bool StartArray()
    {
        m_stack.append(Frame {false, {}, {}, {}});
        return true;
    }
    bool EndArray(rapidjson::SizeType)
    {
        const QJsonArray array = m_stack.takeLast().array;
        return add(array);
    }

    QJsonValue root;
    QString m_error;

private:
    struct Frame
    {
        bool isObject;
        QJsonObject object;
        QJsonArray array;
        QString key;
    };
    bool add(const QJsonValue &value)
    {
        if (m_stack.isEmpty())
            root = value;
        else if (m_stack.last().isObject)
            m_stack.last().object.insert(m_stack.last().key, value);
        else
            m_stack.last().array.append(value);
        return true;
    }
    QList<Frame> m_stack;
};
} // namespace

Result<QJsonValue> ExactJson::parse(const QByteArray &json)
{
    TreeBuilder builder;
    rapidjson::Reader reader;
    rapidjson::MemoryStream stream(json.constData(), static_cast<size_t>(json.size()));
    constexpr unsigned Flags = rapidjson::kParseNumbersAsStringsFlag | rapidjson::kParseIterativeFlag
        | rapidjson::kParseValidateEncodingFlag;
    const rapidjson::ParseResult result = reader.Parse<Flags>(stream, builder);
    if (!result) {
        const QString reason = !builder.m_error.isEmpty()
            ? builder.m_error
            : QString::fromUtf8(rapidjson::GetParseError_En(result.Code()));
        return Error::invalid(tr("The file is not valid JSON: %1 at offset %2.").arg(reason).arg(result.Offset()));
    }
    return builder.root;
}

bool ExactJson::isNumber(const QJsonValue &value)
{
    return value.isString() && value.toString().startsWith(NumberMark);
}

QString ExactJson::numberText(const QJsonValue &value)
{
    return isNumber(value) ? value.toString().mid(1) : QString();
}

QString ExactJson::text(const QJsonValue &value)
{
    return value.isString() && !isNumber(value) ? value.toString() : QString();
}
