/* polku-eperusteet.h: import ePerusteet peruste documents (JSON) into the catalogue.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-exchange.h"
#include "polku-store.h"

G_BEGIN_DECLS

/* Larger documents are refused before parsing; real perusteet are 0.08–4 MB. */
#define POLKU_EPERUSTEET_MAX_SIZE (64 * 1024 * 1024)

#define POLKU_TYPE_IMPORT_SUMMARY (polku_import_summary_get_type ())

typedef struct _PolkuImportSummary PolkuImportSummary;

struct _PolkuImportSummary
{
  char      *source;            /* file name or URL */
  char      *diaarinumero;
  char      *name_fi;
  char      *name_sv;
  gboolean   updated;           /* TRUE when the diaarinumero was already in the catalogue */
  guint      n_units;
  guint      n_requirements;
  guint      n_criteria;
  guint      n_units_added;
  guint      n_units_removed;
  guint      n_units_retired;
  guint      n_requirements_added;
  guint      n_requirements_changed;
  guint      n_requirements_removed;
  guint      n_requirements_retired;
  GPtrArray *changes;           /* char *, human readable lines about what changed (translated) */
};

GType               polku_import_summary_get_type        (void) G_GNUC_CONST;
PolkuImportSummary *polku_import_summary_copy            (const PolkuImportSummary *summary);
void                polku_import_summary_free            (PolkuImportSummary       *summary);
char               *polku_import_summary_to_line         (const PolkuImportSummary *summary);

PolkuImportSummary *polku_eperusteet_import_bytes        (PolkuStore          *store,
                                                          GBytes              *bytes,
                                                          const char          *source_name,
                                                          GError             **error);
PolkuImportSummary *polku_eperusteet_import_file         (PolkuStore          *store,
                                                          GFile               *file,
                                                          GCancellable        *cancellable,
                                                          GError             **error);
void                polku_eperusteet_import_file_async   (PolkuStore          *store,
                                                          GFile               *file,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
PolkuImportSummary *polku_eperusteet_import_file_finish  (PolkuStore          *store,
                                                          GAsyncResult        *result,
                                                          GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuImportSummary, polku_import_summary_free)

G_END_DECLS
