#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <memory>

// A small read-only element tree for the e-invoice reader. Elements are named by their local
// names (the prefixes of the official examples vary); each element and attribute remembers
// whether the reader used it, so that what the reader did not understand can be listed.
class XmlNode
{
public:
    QString name; // local name
    QString text; // trimmed character data of a leaf
    QMap<QString, QString> attributes; // by local name
    QList<XmlNode *> children;
    XmlNode *parent = nullptr;
    mutable bool used = false;
    mutable QSet<QString> usedAttributes;

    // The first descendant along a '/'-separated path of local names, or nullptr.
    const XmlNode *find(const QString &path) const;
    // Every child with this local name.
    QList<const XmlNode *> all(const QString &name) const;
    // The text at path (marked used), or empty.
    QString value(const QString &path) const;
    // The attribute of the element at path (marked used), or empty.
    QString attribute(const QString &path, const QString &attributeName) const;
    QString path() const;
};

class XmlTree
{
public:
    // Parses the document; on failure root() is null and error() says why.
    explicit XmlTree(const QByteArray &xml);
    const XmlNode *root() const { return m_root; }
    QString error() const { return m_error; }
    // Paths of leaf elements with text, and of attributes, that no one read.
    QStringList unused() const;

private:
    std::vector<std::unique_ptr<XmlNode>> m_nodes;
    XmlNode *m_root = nullptr;
    QString m_error;
};
