/* polku-print-i18n.h: message lookup in a document's own language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A printed document is in Finnish or Swedish whatever the UI language is.
 * gettext follows the process locale (and switching LANGUAGE at run time is
 * neither thread-safe nor reliable), so these read Polku's own compiled
 * catalogue for @language (POLKU_LOCALEDIR, else LOCALEDIR) directly. Mark
 * strings with N_() so that xgettext finds them:
 *
 *   polku_print_gettext (language, N_("Signature"))
 *
 * Both keep printf-format checking of the msgid, as gettext does.
 * Unknown languages, "en" and missing catalogues give @msgid back. The
 * returned strings stay valid for the life of the process; any thread. */
const char *polku_print_gettext  (const char *language,
                                  const char *msgid) G_GNUC_FORMAT (2);
const char *polku_print_ngettext (const char *language,
                                  const char *msgid,
                                  const char *msgid_plural,
                                  gulong      n) G_GNUC_FORMAT (2) G_GNUC_FORMAT (3);

G_END_DECLS
