#include "SmtpReplyReader.h"

namespace {
constexpr qsizetype MaxBufferedBytes = 64 * 1024;
}

void SmtpReplyReader::append(const QByteArray &bytes)
{
    m_buffer += bytes;
}

void SmtpReplyReader::clear()
{
    m_buffer.clear();
    m_lines.clear();
    m_code = 0;
    m_malformed = false;
}

std::optional<SmtpReply> SmtpReplyReader::takeReply()
{
    while (!m_malformed) {
        const qsizetype end = m_buffer.indexOf('\n');
        if (end < 0) {
            if (m_buffer.size() > MaxBufferedBytes)
                m_malformed = true;
            return std::nullopt;
        }
        QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        if (line.endsWith('\r'))
            line.chop(1);

        bool codeOk = line.size() >= 3;
        for (qsizetype i = 0; codeOk && i < 3; ++i)
            codeOk = line.at(i) >= '0' && line.at(i) <= '9';
        const char separator = line.size() > 3 ? line.at(3) : ' ';
        if (!codeOk || (separator != ' ' && separator != '-') || line.at(0) < '2' || line.at(0) > '5') {
            m_malformed = true;
            return std::nullopt;
        }
        const int code = line.left(3).toInt();
        if (!m_lines.isEmpty() && code != m_code) {
            m_malformed = true;
            return std::nullopt;
        }
        m_code = code;
        m_lines.append(QString::fromUtf8(line.mid(4)));
        if (m_lines.size() > 1000 || m_buffer.size() > MaxBufferedBytes) {
            m_malformed = true;
            return std::nullopt;
        }
        if (separator == ' ') {
            SmtpReply reply(m_code, m_lines);
            m_lines.clear();
            m_code = 0;
            return reply;
        }
    }
    return std::nullopt;
}
