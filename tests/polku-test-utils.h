/* polku-test-utils.h: shared helpers for Polku's tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-context.h"
#include "polku-store.h"

G_BEGIN_DECLS

char         *polku_test_make_tmpdir        (void);
void          polku_test_remove_tree        (const char  *path);
char         *polku_test_shared_data_path   (const char  *relative);
GBytes       *polku_test_read_file          (const char  *path);
void          polku_test_write_file         (const char  *path,
                                             const char  *contents,
                                             gssize       length);
void          polku_test_assert_same_bytes  (GBytes      *before,
                                             const char  *path);
guint         polku_test_file_mode          (const char  *path);
PolkuStore   *polku_test_open_store         (const char  *dir);
PolkuContext *polku_test_context_new        (PolkuStore  *store);
char         *polku_test_dump               (PolkuStore  *store);
char         *polku_test_isolate_user_dirs  (void);

G_END_DECLS
