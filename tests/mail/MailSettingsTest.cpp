#include "MailSettingsService.h"
#include "MailSignInState.h"
#include "MailTemplates.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

TEST_CASE("mail settings are kept in the company file, checked, audited and only changed by a manager")
{
    TestLedger t;
    MailSettingsService service(t->context(), t->audit());
    auto fresh = service.load();
    REQUIRE(fresh.ok());
    CHECK_FALSE(fresh->isConfigured());
    CHECK(fresh->port == 587);
    CHECK(fresh->security == SmtpSettings::Security::StartTls);
    CHECK(fresh->maxAttempts == 3);
    CHECK(fresh->retryDelayAfter(1) == 60);
    CHECK(fresh->retryDelayAfter(2) == 600);
    CHECK(fresh->retryDelayAfter(7) == 600);
    CHECK_FALSE(MailSettingsService::smtpSettings(fresh.value(), QString()).ok());

    // The sender defaults to the company.
    auto sender = service.sender(fresh.value());
    REQUIRE(sender.ok());
    CHECK(sender->address() == QStringLiteral("billing@climatec.example"));
    CHECK(sender->displayName() == QStringLiteral("Climatec Services SAS"));

    MailSettings s;
    s.host = QStringLiteral(" mail.climatec.example ");
    s.port = 465;
    s.security = SmtpSettings::Security::ImplicitTls;
    s.user = QStringLiteral("billing");
    s.trustedFingerprint = QStringLiteral("AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:"
                                          "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89");
    s.fromAddress = QStringLiteral("invoices@climatec.example");
    s.fromName = QStringLiteral("Climatec \u2013 Facturation");
    REQUIRE(service.save(s).ok());
    auto loaded = service.load();
    REQUIRE(loaded.ok());
    CHECK(loaded->host == QStringLiteral("mail.climatec.example"));
    CHECK(loaded->port == 465);
    CHECK(loaded->security == SmtpSettings::Security::ImplicitTls);
    CHECK(loaded->user == QStringLiteral("billing"));
    CHECK(loaded->trustedFingerprint
        == QStringLiteral("abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789"));
    auto from = service.sender(loaded.value());
    REQUIRE(from.ok());
    CHECK(from->address() == QStringLiteral("invoices@climatec.example"));
    CHECK(from->displayName() == QStringLiteral("Climatec \u2013 Facturation"));

    // The password is never stored with the settings; it is needed to send.
    CHECK_FALSE(MailSettingsService::smtpSettings(loaded.value(), QString()).ok());
    auto smtp = MailSettingsService::smtpSettings(loaded.value(), QStringLiteral("s3cret"));
    REQUIRE(smtp.ok());
    CHECK(smtp->password == QStringLiteral("s3cret"));
    CHECK_FALSE(t.dump().contains(QStringLiteral("s3cret")));

    auto events = t->audit().history(QStringLiteral("settings"), 1);
    REQUIRE(events.ok());
    REQUIRE_FALSE(events->isEmpty());
    CHECK(events->constLast().details.contains(QStringLiteral("mail.climatec.example")));

    SECTION("refusals leave the settings as they were")
    {
        const QString before = t.dump();
        MailSettings bad = s;
        bad.trustedFingerprint = QStringLiteral("not a fingerprint");
        CHECK_FALSE(service.save(bad).ok());
        bad = s;
        bad.security = SmtpSettings::Security::None;
        CHECK(service.save(bad).message().contains(QStringLiteral("encrypted")));
        bad = s;
        bad.host = QStringLiteral("mail host");
        CHECK_FALSE(service.save(bad).ok());
        bad = s;
        bad.fromAddress = QStringLiteral("x@example.com\r\nBcc: y@example.com");
        CHECK_FALSE(service.save(bad).ok());
        bad = s;
        bad.fromName = QStringLiteral("Name\nBcc: y@example.com");
        CHECK_FALSE(service.save(bad).ok());
        CHECK(MailSettingsService::securityFromKey(QStringLiteral("ssl")).error().kind() == ErrorKind::Invalid);
        CHECK(t.dump() == before);
    }
    SECTION("a clerk cannot change them")
    {
        User clerk;
        clerk.name = QStringLiteral("paul");
        clerk.role = UserRole::Clerk;
        REQUIRE(t->settings().addUser(clerk).ok());
        REQUIRE(t->signIn(QStringLiteral("paul")).ok());
        CHECK(service.save(s).error().kind() == ErrorKind::Permission);
        MailTemplates templates(t->context(), t->audit());
        CHECK(templates.save(MailKind::Invoice, QStringLiteral("en"), {QStringLiteral("Hi"), QStringLiteral("B")})
                  .error()
                  .kind()
            == ErrorKind::Permission);
    }
}

TEST_CASE("mail templates exist in English, French and German and are filled in the document's language")
{
    for (const QString &language : MailTemplates::languages()) {
        for (MailKind kind : {MailKind::Invoice, MailKind::CreditNote, MailKind::Reminder}) {
            const MailTemplate t = MailTemplates::builtIn(kind, language);
            INFO(language.toStdString() << " " << MailKinds::key(kind).toStdString());
            CHECK(MailTemplates::validate(t).ok());
            CHECK(t.subject.contains(QStringLiteral("{number}")));
            CHECK(t.body.contains(QStringLiteral("{company}")));
        }
    }
    CHECK(MailTemplates::builtIn(MailKind::Invoice, QStringLiteral("fr")).subject
        == QStringLiteral("Facture {number} de {company}"));
    CHECK(MailTemplates::builtIn(MailKind::Invoice, QStringLiteral("de")).subject
        == QStringLiteral("Rechnung {number} von {company}"));
    CHECK(MailTemplates::builtIn(MailKind::Invoice, QStringLiteral("es"))
        == MailTemplates::builtIn(MailKind::Invoice, QStringLiteral("en")));

    Document d;
    d.number = QStringLiteral("INV-2026-00042");
    d.customerName = QStringLiteral("Boulangerie Martin SARL");
    d.totalGross = 123456;
    d.amountPaid = 100;
    d.currency = QStringLiteral("EUR");
    d.dueDate = QDate(2026, 4, 9);
    CompanySettings company;
    company.name = QStringLiteral("Climatec Services SAS");

    d.language = QStringLiteral("en");
    MailPlaceholders en = MailTemplates::placeholdersFor(d, company);
    CHECK(en.amountDue == QStringLiteral("\u20ac1,233.56"));
    CHECK(en.dueDate == QStringLiteral("09/04/2026"));
    d.language = QStringLiteral("de");
    MailPlaceholders de = MailTemplates::placeholdersFor(d, company);
    CHECK(de.amountDue == QStringLiteral("1.233,56\u00a0\u20ac"));
    CHECK(de.dueDate == QStringLiteral("09.04.2026"));
    d.language = QStringLiteral("fr");
    MailPlaceholders fr = MailTemplates::placeholdersFor(d, company);
    CHECK(fr.amountDue == QStringLiteral("1\u202f233,56\u00a0\u20ac"));

    const MailTemplate filled
        = MailTemplates::fill(MailTemplates::builtIn(MailKind::Invoice, QStringLiteral("de")), de);
    CHECK(filled.subject == QStringLiteral("Rechnung INV-2026-00042 von Climatec Services SAS"));
    CHECK(filled.body.contains(QStringLiteral("Offener Betrag: 1.233,56\u00a0\u20ac, zahlbar bis 09.04.2026.")));
    CHECK_FALSE(filled.body.contains(QLatin1Char('{')));

    // A value is inserted as it is, never read as a placeholder itself.
    MailPlaceholders tricky = en;
    tricky.customer = QStringLiteral("{number} & {company}");
    CHECK(MailTemplates::fill({QStringLiteral("{customer}"), QString()}, tricky).subject
        == QStringLiteral("{number} & {company}"));

    CHECK_FALSE(MailTemplates::validate({QStringLiteral("Invoice {numero}"), QString()}).ok());
    CHECK_FALSE(MailTemplates::validate({QStringLiteral("Invoice\n{number}"), QString()}).ok());
    CHECK_FALSE(MailTemplates::validate({QString(), QStringLiteral("body")}).ok());
}

TEST_CASE("a saved mail template replaces the built-in one for its kind and language")
{
    TestLedger t;
    MailTemplates templates(t->context(), t->audit());
    const MailTemplate custom {QStringLiteral("Ihre Rechnung {number}"),
        QStringLiteral("Guten Tag {customer},\nbitte \u00fcberweisen Sie {amount_due}.\n")};
    REQUIRE(templates.save(MailKind::Invoice, QStringLiteral("de"), custom).ok());
    CHECK(templates.load(MailKind::Invoice, QStringLiteral("de")).value() == custom);
    CHECK(templates.load(MailKind::Invoice, QStringLiteral("fr")).value()
        == MailTemplates::builtIn(MailKind::Invoice, QStringLiteral("fr")));
    CHECK(templates.load(MailKind::Reminder, QStringLiteral("de")).value()
        == MailTemplates::builtIn(MailKind::Reminder, QStringLiteral("de")));

    const QString before = t.dump();
    CHECK_FALSE(templates.save(MailKind::Invoice, QStringLiteral("de"), {QStringLiteral("{nope}"), QString()}).ok());
    CHECK_FALSE(templates.save(MailKind::Invoice, QStringLiteral("it"), custom).ok());
    CHECK(t.dump() == before);

    REQUIRE(templates.save(MailKind::Invoice, QStringLiteral("de"), {}).ok()); // back to the built-in one
    CHECK(templates.load(MailKind::Invoice, QStringLiteral("de")).value()
        == MailTemplates::builtIn(MailKind::Invoice, QStringLiteral("de")));
}

TEST_CASE("OAuth mail settings: kept with their provider, presets keep their own endpoints, refused without TLS or "
          "client id, audited without a secret")
{
    TestLedger t;
    MailSettingsService service(t->context(), t->audit());
    MailSettings s;
    s.host = QStringLiteral("smtp.office365.com");
    s.security = SmtpSettings::Security::StartTls;
    s.oauth = true;
    s.oauthProvider = OAuthProvider::preset(OAuthProvider::Kind::Microsoft);
    const Status noClient = service.save(s);
    CHECK_FALSE(noClient.ok());
    CHECK(noClient.message().contains(QStringLiteral("client id")));

    s.oauthProvider.clientId = QStringLiteral(" 3f2a-client ");
    s.oauthProvider.tokenUrl = QUrl(QStringLiteral("https://evil.example/token")); // a preset keeps its own
    s.security = SmtpSettings::Security::None;
    const Status plain = service.save(s);
    CHECK_FALSE(plain.ok());
    CHECK(plain.message().contains(QStringLiteral("encrypted")));
    s.security = SmtpSettings::Security::StartTls;
    REQUIRE(service.save(s).ok());
    const MailSettings loaded = service.load().value();
    CHECK(loaded.oauth);
    CHECK_FALSE(loaded.needsPassword());
    CHECK(loaded.oauthProvider.kind == OAuthProvider::Kind::Microsoft);
    CHECK(loaded.oauthProvider.clientId == QStringLiteral("3f2a-client"));
    CHECK(loaded.oauthProvider.tokenUrl.host() == QStringLiteral("login.microsoftonline.com"));
    CHECK(loaded.oauthProvider.scope == QStringLiteral("https://outlook.office.com/SMTP.Send offline_access"));
    CHECK(MailSettingsService::smtpSettings(loaded, QString()).ok()); // no password asked for

    MailSettings custom = loaded;
    custom.oauthProvider = OAuthProvider::preset(OAuthProvider::Kind::Custom, QStringLiteral("facturo"));
    custom.oauthProvider.tokenUrl = QUrl(QStringLiteral("https://auth.example.com/token"));
    custom.oauthProvider.deviceUrl = QUrl(QStringLiteral("https://auth.example.com/device"));
    custom.oauthProvider.scope = QStringLiteral("  smtp   offline_access ");
    REQUIRE(service.save(custom).ok());
    const MailSettings reloaded = service.load().value();
    CHECK(reloaded.oauthProvider.kind == OAuthProvider::Kind::Custom);
    CHECK(reloaded.oauthProvider.deviceUrl == custom.oauthProvider.deviceUrl);
    CHECK(reloaded.oauthProvider.authorizeUrl.isEmpty());
    CHECK(reloaded.oauthProvider.scope == QStringLiteral("smtp offline_access"));

    auto events = t->audit().history(QStringLiteral("settings"), 1);
    REQUIRE(events.ok());
    REQUIRE_FALSE(events->isEmpty());
    CHECK(events->constLast().details.contains(QStringLiteral("\"sign_in\":\"custom\"")));
    CHECK(events->constLast().details.contains(QStringLiteral("\"client_id\":\"facturo\"")));

    // A client secret (Google's installed apps) is kept, but never audited.
    custom.oauthProvider.clientSecret = QStringLiteral(" GOCSPX-installed-app ");
    REQUIRE(service.save(custom).ok());
    CHECK(service.load()->oauthProvider.clientSecret == QStringLiteral("GOCSPX-installed-app"));
    MailSettings google = service.load().value();
    google.oauthProvider.kind = OAuthProvider::Kind::Google; // a preset keeps the secret given
    REQUIRE(service.save(google).ok());
    CHECK(service.load()->oauthProvider.clientSecret == QStringLiteral("GOCSPX-installed-app"));
    CHECK(service.load()->oauthProvider.tokenUrl.host() == QStringLiteral("oauth2.googleapis.com"));
    const auto audited = t->audit().history(QStringLiteral("settings"), 1);
    REQUIRE(audited.ok());
    for (const AuditEvent &event : audited.value())
        CHECK_FALSE(event.details.contains(QStringLiteral("GOCSPX")));

    // A recorded "sign in again" stays while the sign-in is the same one, and goes with another.
    MailSignInState state(t->context());
    REQUIRE(state.markNeeded(QStringLiteral("billing@example.com")).ok());
    google = service.load().value();
    google.timeoutSeconds = 45;
    REQUIRE(service.save(google).ok());
    CHECK(state.neededFor().value() == QStringLiteral("billing@example.com"));
    google.oauthProvider.clientId = QStringLiteral("another-client");
    REQUIRE(service.save(google).ok());
    CHECK(state.neededFor().value().isEmpty());

    custom.oauth = false; // back to a password
    REQUIRE(service.save(custom).ok());
    CHECK_FALSE(service.load()->oauth);
}
