/* polku-date-entry.h: a date typed as d.m.yyyy or picked from a calendar.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define POLKU_TYPE_DATE_ENTRY (polku_date_entry_get_type ())

G_DECLARE_FINAL_TYPE (PolkuDateEntry, polku_date_entry, POLKU, DATE_ENTRY, GtkWidget)

GtkWidget  *polku_date_entry_new       (void);
const char *polku_date_entry_get_date  (PolkuDateEntry *self);
void        polku_date_entry_set_date  (PolkuDateEntry *self,
                                        const char     *iso_date);
gboolean    polku_date_entry_get_valid (PolkuDateEntry *self);
const char *polku_date_entry_get_label (PolkuDateEntry *self);
void        polku_date_entry_set_label (PolkuDateEntry *self,
                                        const char     *label);
void        polku_date_entry_commit    (PolkuDateEntry *self);

gboolean    polku_date_entry_parse     (const char     *text,
                                        char          **out_iso_date);

G_END_DECLS
