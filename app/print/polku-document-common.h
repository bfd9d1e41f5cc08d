/* polku-document-common.h: what the learner documents (plan, certificate,
 * review sheet) share: words in the document's language, catalogue texts with
 * the other language as a marked fallback, dates, credits, levels.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-catalogue-format.h"
#include "polku-documents.h"
#include "polku-print-i18n.h"
#include "polku-print-layout.h"
#include "polku-store-catalogue-units.h"
#include "polku-store-learners.h"
#include "polku-store.h"

G_BEGIN_DECLS

/* Marks a catalogue text shown in the other language; explained once. */
#define POLKU_DOCUMENT_FALLBACK_MARK "*"

typedef struct
{
  PolkuPrintDocument         *doc;
  PolkuStore                 *store;
  const char                 *language;
  gboolean                    swedish;
  gboolean                    any_fallback;
  gboolean                    preparatory; /* TUVA/TELMA plan: training parts and objectives */
  const PolkuDocumentOptions *options;
  GDateTime                  *printed;     /* the date on the document */
  PolkuLearnerRecord         *learner;
  GHashTable                 *levels;      /* level_id → PolkuScaleLevelRecord */
  GHashTable                 *scales_read; /* scale_id seen */
} PolkuDocBuilder;

/* A fixed word in the document's language (a macro, to keep format checks). */
#define DT(b, msgid) polku_print_gettext ((b)->language, (msgid))

gboolean    polku_doc_builder_init         (PolkuDocBuilder             *b,
                                            PolkuStore                  *store,
                                            gint64                       learner_id,
                                            const char                  *language,
                                            const PolkuDocumentOptions  *options,
                                            GError                     **error);
void        polku_doc_builder_clear        (PolkuDocBuilder             *b);
/* Fills a document with @build, then adds the fallback note: what each
 * learner document's _new () does. */
typedef gboolean (*PolkuDocBuildFunc)                (PolkuDocBuilder             *b,
                                                      GError                     **error);
PolkuPrintDocument *polku_doc_build_for_learner     (PolkuStore                  *store,
                                                     gint64                       learner_id,
                                                     const char                  *language,
                                                     const PolkuDocumentOptions  *options,
                                                     PolkuDocBuildFunc            build,
                                                     GError                     **error);
/* Creates the document with the organisation and workshop in the header. */
void        polku_doc_builder_start        (PolkuDocBuilder             *b,
                                            const char                  *title);

char       *polku_doc_pick                 (PolkuDocBuilder             *b,
                                            const char                  *fi,
                                            const char                  *sv);
/* The same without a PolkuDocBuilder: sets *@any_fallback (nullable) when
 * the other language had to do. */
char       *polku_doc_pick_text            (gboolean                     swedish,
                                            const char                  *fi,
                                            const char                  *sv,
                                            gboolean                    *any_fallback);
/* The note that explains POLKU_DOCUMENT_FALLBACK_MARK, in @language. */
char       *polku_doc_fallback_note        (const char                  *language,
                                            gboolean                     swedish);
gboolean    polku_doc_has_text             (const char                  *text);
char       *polku_doc_format_date          (const char                  *iso);
char       *polku_doc_format_span          (const char                  *starts_on,
                                            const char                  *ends_on);
char       *polku_doc_format_number        (double                       value);
char       *polku_doc_format_credits       (PolkuDocBuilder             *b,
                                            double                       credits,
                                            PolkuCreditUnit              unit);
/* The same for documents without a PolkuDocBuilder (the environment report). */
char       *polku_doc_format_credits_in    (const char                  *language,
                                            double                       credits,
                                            PolkuCreditUnit              unit);
gboolean    polku_doc_is_preparatory       (const char                  *koulutustyyppi);
char       *polku_doc_format_unit_credits  (PolkuDocBuilder             *b,
                                            const PolkuPlanUnitRecord   *unit,
                                            PolkuCreditUnit              credit_unit,
                                            double                      *out_min,
                                            double                      *out_max);
char       *polku_doc_format_credit_range  (PolkuDocBuilder             *b,
                                            double                       min,
                                            double                       max,
                                            PolkuCreditUnit              credit_unit);
char       *polku_doc_learner_name         (PolkuDocBuilder             *b);
char       *polku_doc_printed_date         (PolkuDocBuilder             *b);
char       *polku_doc_today_iso            (PolkuDocBuilder             *b);
const char *polku_doc_level_label          (PolkuDocBuilder             *b,
                                            int                          scale_id,
                                            int                          level_id,
                                            gboolean                    *fallback);
char       *polku_doc_requirement_text     (PolkuDocBuilder             *b,
                                            const PolkuCompetenceRecord *record);
/* @text (nullable) after @depth dashes: a sub-item of a requirement. */
char       *polku_doc_indented_text        (const char                  *text,
                                            int                          depth);
char       *polku_doc_requirement_group    (PolkuDocBuilder             *b,
                                            const PolkuCompetenceRecord *record);
void        polku_doc_add_key_value        (PolkuDocBuilder             *b,
                                            const char                  *key,
                                            const char                  *value);
void        polku_doc_add_free_text        (PolkuDocBuilder             *b,
                                            const char                  *text);
/* The two above, for documents without a PolkuDocBuilder. */
void        polku_doc_document_add_key_value (PolkuPrintDocument        *doc,
                                              const char                *key,
                                              const char                *value);
void        polku_doc_document_add_free_text (PolkuPrintDocument        *doc,
                                              const char                *text);
void        polku_doc_add_fallback_note    (PolkuDocBuilder             *b);
/* The coach's name and title for a signature block: the options', else the
 * learner's coach; NULL leaves the line for a hand. */
void        polku_doc_coach_signature      (PolkuDocBuilder             *b,
                                            PolkuPrintSignature         *signature);

/* The documents */

PolkuPrintDocument *polku_document_plan_new         (PolkuStore                 *store,
                                                     gint64                      learner_id,
                                                     const char                 *language,
                                                     const PolkuDocumentOptions *options,
                                                     GError                    **error);
PolkuPrintDocument *polku_document_certificate_new  (PolkuStore                 *store,
                                                     gint64                      learner_id,
                                                     const char                 *language,
                                                     const PolkuDocumentOptions *options,
                                                     GError                    **error);
PolkuPrintDocument *polku_document_review_sheet_new (PolkuStore                 *store,
                                                     gint64                      learner_id,
                                                     const char                 *language,
                                                     const PolkuDocumentOptions *options,
                                                     GError                    **error);

G_END_DECLS
