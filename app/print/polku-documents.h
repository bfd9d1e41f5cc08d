/* polku-documents.h: every printed document Polku makes, by kind.
 *
 * One entry point for the command line, the document window and the tests:
 * polku_document_build() reads what the document needs from the store and
 * lays it out in the document's own language ("fi" or "sv").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-print-layout.h"
#include "polku-store.h"

G_BEGIN_DECLS

typedef enum {
  POLKU_DOCUMENT_PLAN,               /* "plan": pathway summary, per learner */
  POLKU_DOCUMENT_CERTIFICATE,        /* "certificate": osaamistodistus, per learner + period */
  POLKU_DOCUMENT_REVIEW_SHEET,       /* "review-sheet": per learner */
  POLKU_DOCUMENT_ENVIRONMENT_REPORT, /* "environment-report": per workshop */
} PolkuDocumentKind;

typedef struct {
  const char *coach_name, *coach_title;  /* signature block; NULL = blank lines */
  gint64      period_id;   /* certificate: the workshop period; 0 = the latest */
  gint64      peruste_id;  /* environment report; 0 = chosen as the CLI does */
  const char *printed_on;  /* YYYY-MM-DD; NULL = today (tests pin it) */
} PolkuDocumentOptions;

const char         *polku_document_kind_to_string   (PolkuDocumentKind kind);
gboolean            polku_document_kind_from_string (const char        *text,
                                                     PolkuDocumentKind *kind);
/* Translated into the UI language, for window titles and menus. */
const char         *polku_document_kind_get_title   (PolkuDocumentKind kind);

/* @id is the learner for plan, certificate and review sheet, the workshop
 * for the environment report. Fails with POLKU_PRINT_ERROR (translated into
 * the UI language) when the learner or workshop does not exist or has
 * nothing to print (no plan, no workshop period, nothing awaiting review). */
PolkuPrintDocument *polku_document_build (PolkuStore                 *store,
                                          PolkuDocumentKind           kind,
                                          gint64                      id,
                                          const char                 *language /* "fi" | "sv" */,
                                          const PolkuDocumentOptions *options /* nullable */,
                                          GError                    **error);

G_END_DECLS
