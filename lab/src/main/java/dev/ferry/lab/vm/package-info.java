/**
 * The "vm" lab backend: a namespace lab inside qemu running Debian's stock kernel, for the MPLS, VRF and
 * tunnel dataplane the host kernel lacks.
 *
 * <pre>
 *  host                                          guest (TCG, 2 vCPUs, 4 GiB, no network device)
 *  /var/cache/ferry-lab/kernel/VERSION/          PVH boot of vmlinux + initramfs.cpio.gz
 *    (prepare-kernel.sh, once)                   initramfs /init (initramfs-init.sh):
 *                                                  / = host / (9p, read-only) under a tmpfs overlay
 *  WORK (lab work dir) ----- 9p read-write ----->  WORK, same path
 *    .ferry-vm/agent.sh                            PID 1 = agent.sh (dash)
 *    .ferry-vm/exec/ID.{sh,out,err,pid}            commands in, output back
 *    vm-console.log  <--- serial console           kernel messages, agent's last words
 *    captures/*.pcap <--- tcpdump in a router
 *  /tmp/ferry-ID-X/ctl.sock --- virtio-serial ---> /dev/vportNpM "ferry.ctl": run / kill / done lines
 *  /run/ferry-lab/vm/ID.properties                 (record: attach to kept labs, sweep after crashes)
 * </pre>
 *
 * {@link dev.ferry.lab.vm.VmBackend} boots the VM and waits for the agent; {@link dev.ferry.lab.vm.VmLab}
 * builds the topology with one generated script ({@code GuestLabScript}), runs {@code exec} as
 * {@code ip netns exec ROUTER ...} in the guest and tears everything down on close. Routers' daemons plug
 * in through {@link dev.ferry.lab.vm.GuestRouters}.
 */
package dev.ferry.lab.vm;
