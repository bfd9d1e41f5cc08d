/* polku-document-window.h: preview, print and export one printed document.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-context.h"
#include "polku-documents.h"

G_BEGIN_DECLS

#define POLKU_TYPE_DOCUMENT_WINDOW (polku_document_window_get_type ())

G_DECLARE_FINAL_TYPE (PolkuDocumentWindow, polku_document_window, POLKU, DOCUMENT_WINDOW, AdwWindow)

/* kind and id as for polku_document_build(): a learner id for the plan,
 * certificate and review sheet, a workshop id for the environment report. */
PolkuDocumentWindow *polku_document_window_new     (GtkWindow         *parent,
                                                    PolkuContext      *context,
                                                    PolkuDocumentKind  kind,
                                                    gint64             id);
void                 polku_document_window_present (GtkWindow         *parent,
                                                    PolkuContext      *context,
                                                    PolkuDocumentKind  kind,
                                                    gint64             id);

/* The environment report's qualification (0: chosen as the command line does). */
void                 polku_document_window_set_peruste_id (PolkuDocumentWindow *self,
                                                           gint64               peruste_id);
/* Runs "win.print" or "win.export-pdf" once the document is built (for
 * Print and Export buttons elsewhere that open this window first). */
void                 polku_document_window_activate_when_ready (PolkuDocumentWindow *self,
                                                                const char          *action_name);
const char          *polku_document_window_get_language   (PolkuDocumentWindow *self);
void                 polku_document_window_set_language   (PolkuDocumentWindow *self,
                                                           const char          *language);
gint64               polku_document_window_get_period_id  (PolkuDocumentWindow *self);
void                 polku_document_window_set_period_id  (PolkuDocumentWindow *self,
                                                           gint64               period_id);
/* The document shown, or NULL while it is being built or could not be. */
PolkuPrintDocument  *polku_document_window_get_document   (PolkuDocumentWindow *self);
char                *polku_document_window_dup_file_name  (PolkuDocumentWindow *self);

/* What win.export-pdf does once the file is chosen (also for tests). */
void                 polku_document_window_export_pdf_async  (PolkuDocumentWindow  *self,
                                                              GFile                *file,
                                                              GCancellable         *cancellable,
                                                              GAsyncReadyCallback   callback,
                                                              gpointer              user_data);
gboolean             polku_document_window_export_pdf_finish (PolkuDocumentWindow  *self,
                                                              GAsyncResult         *result,
                                                              GError              **error);

G_END_DECLS
