#include "XmlTree.h"

#include <QXmlStreamReader>

const XmlNode *XmlNode::find(const QString &path) const
{
    const XmlNode *node = this;
    for (const QString &step : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const XmlNode *next = nullptr;
        for (const XmlNode *child : node->children) {
            if (child->name == step) {
                next = child;
                break;
            }
        }
        if (!next)
            return nullptr;
        node = next;
    }
    return node;
}

QList<const XmlNode *> XmlNode::all(const QString &childName) const
{
    QList<const XmlNode *> out;
    for (const XmlNode *child : children) {
        if (child->name == childName)
            out.append(child);
    }
    return out;
}

QString XmlNode::value(const QString &path) const
{
    const XmlNode *node = find(path);
    if (!node)
        return {};
    node->used = true;
    return node->text;
}

QString XmlNode::attribute(const QString &path, const QString &attributeName) const
{
    const XmlNode *node = find(path);
    if (!node || !node->attributes.contains(attributeName))
        return {};
    node->usedAttributes.insert(attributeName);
    return node->attributes.value(attributeName);
}

QString XmlNode::path() const
{
    QStringList steps;
    for (const XmlNode *node = this; node && node->parent; node = node->parent)
        steps.prepend(node->name);
    return steps.join(QLatin1Char('/'));
}

XmlTree::XmlTree(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    XmlNode *current = nullptr;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            auto node = std::make_unique<XmlNode>();
            node->name = reader.name().toString();
            for (const QXmlStreamAttribute &a : reader.attributes()) {
                if (a.namespaceUri() == QLatin1String("http://www.w3.org/2001/XMLSchema-instance"))
                    continue;
                node->attributes.insert(a.name().toString(), a.value().toString());
            }
            node->parent = current;
            if (current)
                current->children.append(node.get());
            else
                m_root = node.get();
            current = node.get();
            m_nodes.push_back(std::move(node));
        } else if (reader.isCharacters() && current) {
            current->text += reader.text();
        } else if (reader.isEndElement() && current) {
            current->text = current->text.trimmed();
            current = current->parent;
        }
    }
    if (reader.hasError()) {
        m_error = reader.errorString();
        m_root = nullptr;
    }
}

QStringList XmlTree::unused() const
{
    QStringList out;
    for (const auto &node : m_nodes) {
        if (node->children.isEmpty() && !node->text.isEmpty() && !node->used)
            out << node->path();
        for (auto it = node->attributes.cbegin(); it != node->attributes.cend(); ++it) {
            // The currency of amounts and the format of dates are checked, not carried.
            if (it.key() == QLatin1String("currencyID") || it.key() == QLatin1String("format"))
                continue;
            if (node->used && !node->usedAttributes.contains(it.key()))
                out << node->path() + QLatin1Char('@') + it.key();
        }
    }
    return out;
}
